/**
 * The one error family of the meetings domain. `message` is zh-CN and safe to show to the user;
 * `code` is stable for the HTTP API and tests.
 */

/** Why a meeting operation was refused. */
export type MeetingErrorCode =
  | 'not_found'
  | 'forbidden'
  | 'invalid'
  | 'past_time'
  | 'unknown_kind'
  | 'missing_place'
  | 'invalid_date'
  | 'missing_time'
  | 'bad_state'
  | 'not_attendee'
  | 'bad_photo';

export class MeetingError extends Error {
  constructor(
    readonly code: MeetingErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MeetingError';
  }
}
