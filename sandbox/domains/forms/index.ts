/** Forms and their responses (their questions are templates, kept by the check-ins domain). */
import type { Domain } from '../../core/domain';
import { newestSample } from '../../core/organization';
import type { SandboxState } from '..';
import { FORMS_CONTROL, formsControl } from './control';
import { formRoutes } from './routes';
import { seedForms } from './seed';
import { FormOperations } from './state';

/** The newest response, of the subscribed forms when there are any. */
const sample = (state: SandboxState, objects: readonly string[]): unknown =>
  newestSample(state.formResponses.values(), objects, (r) => r.form, (r) => state.formResponsePayload(r));

export const forms: Domain<FormOperations> = {
  name: 'forms',
  seed: seedForms,
  operations: FormOperations,
  routes: formRoutes,
  control: { index: FORMS_CONTROL, routes: formsControl },
  showDemo: (state) => {
    const d = state.demo;
    return {
      vacation_form: { id: d.vacationForm, name: state.forms.get(d.vacationForm)?.name },
      anonymous_form: { id: d.anonymousForm, name: state.forms.get(d.anonymousForm)?.name },
    };
  },
  samples: {
    'forms.response.created': sample,
    'forms.response.updated': sample,
    'forms.response.deleted': sample,
  },
};
