// Written by `npm run docs` (scripts/n8n-generate.ts) from the Zapier app's definitions: do not edit by hand.
import type { INodeProperties } from 'n8n-workflow';

import type { OperationPlan } from '../runtime/plan';

export const triggerProperties: INodeProperties[] = [
  {
    displayName: "Event",
    name: "event",
    type: "options",
    noDataExpression: true,
    required: true,
    options: [
      {
        name: "Deleted Check-in Response",
        value: "checkin_response_deleted",
        description: "Triggers when a check-in response is deleted"
      },
      {
        name: "Deleted Form Response",
        value: "form_response_deleted",
        description: "Triggers when a form response is deleted"
      },
      {
        name: "New Blocker in Check-in",
        value: "checkin_blocker_reported",
        description: "Triggers when someone reports a blocker in a check-in response"
      },
      {
        name: "New Check-in Response",
        value: "checkin_response_completed",
        description: "Triggers when someone completes a check-in"
      },
      {
        name: "New Form Response",
        value: "form_response_created",
        description: "Triggers when someone submits a form response"
      },
      {
        name: "New Kudos",
        value: "kudos_posted",
        description: "Triggers when someone gives kudos to a member of your organization"
      },
      {
        name: "Updated Check-in Response",
        value: "checkin_response_updated",
        description: "Triggers when someone edits a check-in response"
      },
      {
        name: "Updated Form Response",
        value: "form_response_updated",
        description: "Triggers when a form response is edited"
      },
      {
        name: "User Activated",
        value: "user_activated",
        description: "Triggers when an admin activates a user in your organization"
      },
      {
        name: "User Added to Team",
        value: "team_member_added",
        description: "Triggers when a user is added to a team"
      },
      {
        name: "User Deactivated",
        value: "user_deactivated",
        description: "Triggers when an admin deactivates a user in your organization"
      },
      {
        name: "User Removed from Team",
        value: "team_member_removed",
        description: "Triggers when a user is removed from a team"
      }
    ],
    default: "checkin_response_completed"
  },
  {
    displayName: "Check-in",
    name: "checkin",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    description: "Leave empty for every check-in you can see",
    modes: [
      {
        displayName: "From List",
        name: "list",
        type: "list",
        typeOptions: {
          searchListMethod: "list_checkins",
          searchable: true
        }
      },
      {
        displayName: "By ID",
        name: "id",
        type: "string",
        placeholder: "e.g. 5945bf02-66f5-4b29-bbd6-07421dfa0a87"
      }
    ],
    displayOptions: {
      show: {
        event: [
          "checkin_response_completed",
          "checkin_blocker_reported",
          "checkin_response_updated",
          "checkin_response_deleted"
        ]
      }
    }
  },
  {
    displayName: "Form",
    name: "form",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    description: "Leave empty for every form you can see",
    modes: [
      {
        displayName: "From List",
        name: "list",
        type: "list",
        typeOptions: {
          searchListMethod: "list_forms",
          searchable: true
        }
      },
      {
        displayName: "By ID",
        name: "id",
        type: "string",
        placeholder: "e.g. 5945bf02-66f5-4b29-bbd6-07421dfa0a87"
      }
    ],
    displayOptions: {
      show: {
        event: [
          "form_response_created",
          "form_response_updated",
          "form_response_deleted"
        ]
      }
    }
  },
  {
    displayName: "Team",
    name: "team",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    description: "Leave empty for every team",
    modes: [
      {
        displayName: "From List",
        name: "list",
        type: "list",
        typeOptions: {
          searchListMethod: "list_teams",
          searchable: true
        }
      },
      {
        displayName: "By ID",
        name: "id",
        type: "string",
        placeholder: "e.g. 5945bf02-66f5-4b29-bbd6-07421dfa0a87"
      }
    ],
    displayOptions: {
      show: {
        event: [
          "team_member_added",
          "team_member_removed"
        ]
      }
    }
  }
];

export const triggerPlans: Record<string, OperationPlan> = {
  checkin_response_completed: {
    kind: "triggers",
    key: "checkin_response_completed",
    label: "New Check-in Response",
    fields: [
      {
        key: "checkin",
        kind: "locator"
      }
    ]
  },
  checkin_blocker_reported: {
    kind: "triggers",
    key: "checkin_blocker_reported",
    label: "New Blocker in Check-in",
    fields: [
      {
        key: "checkin",
        kind: "locator"
      }
    ]
  },
  checkin_response_updated: {
    kind: "triggers",
    key: "checkin_response_updated",
    label: "Updated Check-in Response",
    fields: [
      {
        key: "checkin",
        kind: "locator"
      }
    ]
  },
  checkin_response_deleted: {
    kind: "triggers",
    key: "checkin_response_deleted",
    label: "Deleted Check-in Response",
    fields: [
      {
        key: "checkin",
        kind: "locator"
      }
    ]
  },
  form_response_created: {
    kind: "triggers",
    key: "form_response_created",
    label: "New Form Response",
    fields: [
      {
        key: "form",
        kind: "locator"
      }
    ]
  },
  form_response_updated: {
    kind: "triggers",
    key: "form_response_updated",
    label: "Updated Form Response",
    fields: [
      {
        key: "form",
        kind: "locator"
      }
    ]
  },
  form_response_deleted: {
    kind: "triggers",
    key: "form_response_deleted",
    label: "Deleted Form Response",
    fields: [
      {
        key: "form",
        kind: "locator"
      }
    ]
  },
  kudos_posted: {
    kind: "triggers",
    key: "kudos_posted",
    label: "New Kudos",
    fields: []
  },
  user_activated: {
    kind: "triggers",
    key: "user_activated",
    label: "User Activated",
    fields: []
  },
  user_deactivated: {
    kind: "triggers",
    key: "user_deactivated",
    label: "User Deactivated",
    fields: []
  },
  team_member_added: {
    kind: "triggers",
    key: "team_member_added",
    label: "User Added to Team",
    fields: [
      {
        key: "team",
        kind: "locator"
      }
    ]
  },
  team_member_removed: {
    kind: "triggers",
    key: "team_member_removed",
    label: "User Removed from Team",
    fields: [
      {
        key: "team",
        kind: "locator"
      }
    ]
  }
};

export const pollProperties: INodeProperties[] = [
  {
    displayName: "Form",
    name: "form",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The form whose responses to watch. Only forms with an approval flow or workflow states have responses that get approved, denied or moved.",
    modes: [
      {
        displayName: "From List",
        name: "list",
        type: "list",
        typeOptions: {
          searchListMethod: "list_forms",
          searchable: true
        }
      },
      {
        displayName: "By ID",
        name: "id",
        type: "string",
        placeholder: "e.g. 5945bf02-66f5-4b29-bbd6-07421dfa0a87"
      }
    ]
  },
  {
    displayName: "Workflow State",
    name: "state",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    description: "Fire only when a response reaches this state of the form’s workflow. Pick the form first.",
    modes: [
      {
        displayName: "From List",
        name: "list",
        type: "list",
        typeOptions: {
          searchListMethod: "list_form_states",
          searchable: true
        }
      },
      {
        displayName: "By ID",
        name: "id",
        type: "string",
        placeholder: "e.g. 5945bf02-66f5-4b29-bbd6-07421dfa0a87"
      }
    ]
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    options: [
      {
        displayName: "Approval Status",
        name: "status",
        description: "Fire only for responses with this approval status. Leave empty to fire for every approval, denial and move, but not for new responses waiting for a decision (use New Form Response for those). A workflow made before this choice was dropped that still asks for “pending” keeps firing for responses waiting for a decision.",
        type: "options",
        options: [
          {
            name: "Approved",
            value: "approved"
          },
          {
            name: "Denied",
            value: "denied"
          }
        ],
        default: "approved"
      }
    ]
  }
];

export const pollPlans: Record<string, OperationPlan> = {
  form_response_state_changed: {
    kind: "triggers",
    key: "form_response_state_changed",
    label: "Form Response Approved, Denied or Moved",
    fields: [
      {
        key: "form",
        kind: "locator"
      },
      {
        key: "status",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "state",
        kind: "locator"
      }
    ]
  }
};

export const triggerLists: string[] = [
  "list_checkins",
  "list_form_states",
  "list_forms",
  "list_teams"
];
