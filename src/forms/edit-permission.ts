/**
 * Who may edit or delete a form response (dailybot-api-more.md §4). DailyBot's sources disagree on
 * edits: its CLI's API reference lets the author, the form's owner and organization admins edit
 * (anyone else: 403 `form_response_edit_forbidden`), while its forms skill and product spec allow the
 * author only, admins included, and answer anyone else 404 `form_response_not_found`, exactly as for a
 * response that does not exist. Both answers are read as a matter of permission; a 404 says both things
 * it can mean. Deletes: the author, the form's owner or an admin, else 403 `form_response_delete_forbidden`.
 */
import { FORM_NOT_FOUND } from './form';

const CHECK = 'Check that “Response” is a response of the form picked in “Form”';

/** A 404 on an edit: the response is not there, or DailyBot lets only its author edit it. */
export const EDIT_NOT_FOUND =
  'DailyBot found no response with this ID that the API key’s owner may edit (HTTP 404). Either it does not exist (deleted, or from another form), ' +
  'or DailyBot lets only the person who submitted a response edit it, and answers the same way for anyone else. ' +
  `${CHECK}; if it is someone else’s, reconnect DailyBot with the API key of the person who submitted it.`;

/** A 403 on an edit. */
export const EDIT_FORBIDDEN =
  'DailyBot does not let the API key’s owner edit this response (HTTP 403): only its author, the form’s owner and organization admins may. ' +
  'Reconnect DailyBot with the API key of one of them, or ask them to make the change.';

/** What DailyBot's answers to an edit mean. */
export const EDIT_CODES: Record<string, string> = {
  form_does_not_exists: FORM_NOT_FOUND,
  form_response_not_found: EDIT_NOT_FOUND,
  form_response_edit_forbidden: EDIT_FORBIDDEN,
};

/** A 404 on a delete: gone already, or not the key owner's to see. */
export const DELETE_NOT_FOUND =
  'DailyBot found no response with this ID that the API key’s owner can see (HTTP 404): it may have been deleted already, or it is not theirs to see. ' +
  `${CHECK}.`;

/** What DailyBot's answers to a delete mean. */
export const DELETE_CODES: Record<string, string> = {
  form_does_not_exists: FORM_NOT_FOUND,
  form_response_not_found: DELETE_NOT_FOUND,
  form_response_delete_forbidden:
    'DailyBot does not let the API key’s owner delete this response (HTTP 403): only its author, the form’s owner and organization admins may. ' +
    'Reconnect DailyBot with the API key of one of them, or ask them to delete it.',
};
