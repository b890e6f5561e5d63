/**
 * Greetings, thanks and "what can you do" are answered without retrieval, so they are neither
 * declined nor logged as unanswered.
 */
const GREETING = /^(你好|您好|嗨|哈喽|hello|hi|hey|在吗|在不在|早上好|上午好|中午好|下午好|晚上好|早安|晚安)[呀啊吗！!。.~～\s]*$/i;
const THANKS = /^(谢谢|多谢|感谢|谢啦|thanks|thank you|好的|收到|明白了?|知道了)[你您呀啊！!。.~～\s]*$/i;
const HELP = /^(帮助|help|\/help|\/start|菜单|你是谁|你能做什么|你会什么|怎么用|使用说明)[？?呀啊！!。\s]*$/i;

export const HELP_TEXT = [
  '我是党小智，可以回答党支部工作和党内法规方面的问题，并注明出处。',
  '直接提问即可，例如：“支委会多久开一次？”“预备期是多长时间？”',
  '常用命令：/帮助 /提问 /会议 /签到 /积分 /排行 /新闻',
].join('\n');

/** Returns a canned reply for small talk, or null when the text is a real question. */
export function smallTalkReply(question: string): string | null {
  const q = question.trim();
  if (GREETING.test(q)) return `您好！${HELP_TEXT}`;
  if (THANKS.test(q)) return '不客气！还有问题随时问我。';
  if (HELP.test(q)) return HELP_TEXT;
  return null;
}
