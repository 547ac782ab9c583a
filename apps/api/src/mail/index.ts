export { createMailer, MailSendError, SENDER_NAME, type Mailer, type MailerOptions, type MailMessage } from './mailer';
export {
  isCapturedMailId,
  listCapturedMails,
  readCapturedMail,
  readCapturedMailSource,
  type CapturedMail,
  type ListCapturedMailsOptions,
} from './capture';
export {
  accountErased,
  escapeHtml,
  formatDuration,
  invitation,
  joinDecision,
  membershipDecision,
  parentalConsentRequest,
  resetPassword,
  verifyEmail,
} from './templates';
