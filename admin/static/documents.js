/*
 * Document upload: several files by drag and drop or picker, sent one after another with XHR so each
 * shows its own upload progress, then "索引中" until the server answers with the indexed document.
 */
(function () {
  var csrf = document.body.getAttribute('data-csrf');
  var list = document.getElementById('upload-list');
  var input = document.getElementById('file-input');
  var zone = document.getElementById('drop-zone');
  var form = document.getElementById('upload-form') || document.getElementById('new-version');
  if (!form || !input || !list) return;
  var documentId = form.getAttribute('data-document-id');
  var maxBytes = Number(form.getAttribute('data-max-bytes') || 0);
  var queue = Promise.resolve();

  function item(file) {
    var li = document.createElement('li');
    li.className = 'upload-item';
    var name = document.createElement('span');
    name.className = 'upload-name';
    name.textContent = file.name;
    var bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    var status = document.createElement('span');
    status.className = 'upload-status';
    status.textContent = '等待上传';
    li.appendChild(name);
    li.appendChild(bar);
    li.appendChild(status);
    list.appendChild(li);
    return { li: li, bar: bar, status: status };
  }

  function send(file, ui) {
    return new Promise(function (resolve) {
      if (maxBytes && file.size > maxBytes) {
        ui.status.textContent = '失败：文件太大';
        ui.li.className = 'upload-item failed';
        return resolve();
      }
      var fd = new FormData();
      fd.append('file', file);
      var org = document.getElementById('upload-org');
      if (org && org.value) fd.append('orgId', org.value);
      if (documentId) fd.append('documentId', documentId);
      var xhr = new XMLHttpRequest();
      xhr.open('POST', '/admin/documents/upload');
      xhr.setRequestHeader('X-CSRF-Token', csrf);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.onprogress = function (e) {
        if (!e.lengthComputable) return;
        var p = Math.round((e.loaded / e.total) * 100);
        ui.bar.value = p;
        ui.status.textContent = p < 100 ? '上传中 ' + p + '%' : '索引中…';
      };
      xhr.upload.onload = function () {
        ui.bar.value = 100;
        ui.status.textContent = '索引中…';
      };
      xhr.onload = function () {
        var data = null;
        try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
        if (xhr.status >= 200 && xhr.status < 300 && data) {
          ui.li.className = 'upload-item done';
          if (data.outcome === 'unchanged') ui.status.textContent = data.message || '内容未变化';
          else ui.status.textContent = data.document.statusLabel + '（《' + data.document.title + '》第 ' + data.document.version + ' 版，' + data.document.chunkCount + ' 段）';
        } else {
          ui.li.className = 'upload-item failed';
          ui.status.textContent = '失败：' + (data && data.error ? data.error.message : '服务器错误（' + xhr.status + '）');
        }
        resolve();
      };
      xhr.onerror = function () {
        ui.li.className = 'upload-item failed';
        ui.status.textContent = '失败：网络错误';
        resolve();
      };
      ui.status.textContent = '上传中 0%';
      xhr.send(fd);
    });
  }

  function refreshTable() {
    var box = document.getElementById('doc-table-box');
    if (!box) return;
    fetch('/admin/documents/table', { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (t) { if (t !== null) box.innerHTML = t; });
  }

  function addFiles(files) {
    Array.prototype.forEach.call(files, function (file) {
      var ui = item(file);
      queue = queue.then(function () { return send(file, ui); });
    });
    queue = queue.then(refreshTable);
  }

  input.addEventListener('change', function () {
    addFiles(input.files);
    input.value = '';
  });
  if (zone) {
    ['dragenter', 'dragover'].forEach(function (t) {
      zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (t) {
      zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.remove('over'); });
    });
    zone.addEventListener('drop', function (e) {
      if (e.dataTransfer && e.dataTransfer.files) addFiles(e.dataTransfer.files);
    });
  }
})();
