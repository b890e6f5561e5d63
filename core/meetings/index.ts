/** The meetings domain (三会一课): kinds, chat-command parsing, lifecycle, RSVP, attendance, compliance. */
export * from './kinds';
export * from './errors';
export * from './types';
export * from '../zoned-time';
export { parseMeetingCommand, type ParsedMeetingCommand, type ParseOptions } from './parse-meeting-command';
export { MeetingService, parseRsvpText, type MeetingServiceDeps, type MeetingDetail, type RsvpResult } from './meeting-service';
export { AttendanceService, NEW_MEMBER_QUORUM, detectImageType, type AttendanceServiceDeps } from './attendance';
export { ComplianceService, DEFAULT_COMPLIANCE_RULES, COMPLIANCE_STATE_LABELS, warningText, type ComplianceRule, type ComplianceRow, type ComplianceState, type ComplianceServiceDeps } from './compliance';
export { MeetingStore, defaultMemberAddresses } from './meeting-store';
export * as meetingMessages from './messages';
export { createMeetingsModule, type MeetingsModule, type MeetingsModuleDeps } from './module';
