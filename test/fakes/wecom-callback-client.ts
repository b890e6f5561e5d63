/**
 * Plays WeCom calling the app callback: encrypts and signs XML with @wecom/crypto exactly as the
 * platform does (§2), GET URL verification with a percent-encoded echostr, POST encrypted envelopes.
 */
import { encrypt, getSignature } from '@wecom/crypto';

export interface CallbackClientConfig {
  baseUrl: string;
  path?: string;
  token: string;
  encodingAesKey: string;
  corpId: string;
}

export interface SignedRequest {
  url: string;
  body: string;
}

export function createWecomCallbackClient(cfg: CallbackClientConfig) {
  const path = cfg.path ?? '/wecom/callback';
  let nonceSeq = 0;
  const stamp = () => ({ timestamp: String(Math.floor(Date.now() / 1000)), nonce: String(1_000_000 + ++nonceSeq) });

  /** Builds a signed, encrypted POST for this plaintext XML. */
  function sign(xml: string, opts: { badSignature?: boolean; corpId?: string } = {}): SignedRequest {
    const { timestamp, nonce } = stamp();
    const enc = encrypt(cfg.encodingAesKey, xml, opts.corpId ?? cfg.corpId);
    let sig = getSignature(cfg.token, timestamp, nonce, enc);
    if (opts.badSignature) sig = sig.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    return {
      url: `${cfg.baseUrl}${path}?msg_signature=${sig}&timestamp=${timestamp}&nonce=${nonce}`,
      body: `<xml><ToUserName><![CDATA[${cfg.corpId}]]></ToUserName><Encrypt><![CDATA[${enc}]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>`,
    };
  }

  async function post(req: SignedRequest): Promise<{ status: number; text: string; ms: number }> {
    const started = performance.now();
    const res = await fetch(req.url, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: req.body });
    const text = await res.text();
    return { status: res.status, text, ms: performance.now() - started };
  }

  return {
    sign,
    post,
    /** GET URL verification; returns status and body. */
    async verify(echo: string, opts: { badSignature?: boolean } = {}) {
      const { timestamp, nonce } = stamp();
      const echostr = encrypt(cfg.encodingAesKey, echo, cfg.corpId);
      let sig = getSignature(cfg.token, timestamp, nonce, echostr);
      if (opts.badSignature) sig = '0'.repeat(40);
      const res = await fetch(`${cfg.baseUrl}${path}?msg_signature=${sig}&timestamp=${timestamp}&nonce=${nonce}&echostr=${encodeURIComponent(echostr)}`);
      return { status: res.status, text: await res.text() };
    },
    textXml(from: string, content: string, msgId: string): string {
      return `<xml><ToUserName><![CDATA[${cfg.corpId}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId><AgentID>1000002</AgentID></xml>`;
    },
    cardEventXml(from: string, eventKey: string, taskId: string, responseCode: string, createTime = Math.floor(Date.now() / 1000)): string {
      return `<xml><ToUserName><![CDATA[${cfg.corpId}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${createTime}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[${eventKey}]]></EventKey><TaskId><![CDATA[${taskId}]]></TaskId><CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA[${responseCode}]]></ResponseCode><AgentID>1000002</AgentID></xml>`;
    },
  };
}
