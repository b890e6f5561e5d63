/* Draws the dashboard charts from the JSON block the server rendered. */
(function () {
  var el = document.getElementById('dashboard-data');
  if (!el || !window.Chart) return;
  var data = JSON.parse(el.textContent);
  var red = '#c8161e', grey = '#b8a9a5', green = '#2e7d32';
  Chart.defaults.font.family = '-apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
  Chart.defaults.animation = false;
  function draw(id, config) {
    var c = document.getElementById(id);
    if (c) new Chart(c, config);
  }
  draw('chart-daily', {
    type: 'bar',
    data: { labels: data.daily.labels, datasets: [
      { label: '已回答', data: data.daily.answered, backgroundColor: red },
      { label: '未能回答', data: data.daily.declined, backgroundColor: grey }
    ] },
    options: { maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
  });
  draw('chart-attendance', {
    type: 'bar',
    data: { labels: data.attendance.labels, datasets: [{ label: '出勤率（%）', data: data.attendance.rates, backgroundColor: red }] },
    options: { maintainAspectRatio: false, indexAxis: 'y', scales: { x: { min: 0, max: 100 } } }
  });
  draw('chart-compliance', {
    type: 'bar',
    data: { labels: data.compliance.labels, datasets: [
      { label: '已完成', data: data.compliance.met, backgroundColor: green },
      { label: '未完成', data: data.compliance.unmet, backgroundColor: grey }
    ] },
    options: { maintainAspectRatio: false, indexAxis: 'y', scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } } }
  });
})();
