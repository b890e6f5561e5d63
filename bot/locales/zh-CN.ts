/** User-facing text of the conversation pipeline (zh-CN). Other locales copy this shape. */
export const zhCN = {
  helpHeader: '我是党小智，可以回答党建制度、组织生活等方面的问题。私聊直接发问题即可。可用命令：',
  helpDescHelp: '查看本说明',
  helpDescAsk: '提出问题，例如：/ask 三会一课是什么',
  helpDescBind: '绑定党员身份，绑定码由支部管理员发放',
  helpGroupHint: '在群聊中请 @我 或使用命令，我才会回复。',
  unknownCommand: (name: string) => `没有“${name}”这个命令。`,
  askEmpty: '请在命令后写上问题，例如：/ask 三会一课是什么',
  sources: '依据',
  declinedHint: '可以换个说法再问，或联系支部书记。',
  bindUsage: '请发送“/bind 6位绑定码”，绑定码由支部管理员在后台生成。',
  bindOk: (name: string) => `绑定成功，${name}同志，欢迎使用党小智！`,
  bindBad: '绑定码无效或已过期，请向支部管理员重新获取。',
  bindNeeded: '这个功能需要先绑定党员身份。请向支部管理员获取绑定码，然后发送“/bind 绑定码”。',
  unknownButton: '这个按钮已失效。',
  error: '抱歉，处理您的消息时出了点问题，请稍后再试。',
  welcome: '您好，我是党小智！有关党建制度、组织生活的问题都可以问我。发送“帮助”查看可用命令。',
} as const;

export type Locale = typeof zhCN;
