/** Words that ask whether a claim is true (…是真的吗, 有这规定吗), read by the table of kinds and the frequency check: a frequency or an amount so claimed is asked about. */
export const CLAIM_CHECK_WORDS = /是真的|真的假的|对吗|对不对|是不是真的|有这个?规定/;
