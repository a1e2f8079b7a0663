// Written by `npm run docs` (scripts/n8n-generate.ts) from the Zapier app's definitions: do not edit by hand.
import type { INodeProperties } from 'n8n-workflow';

import type { OperationPlan } from '../runtime/plan';

export const actionProperties: INodeProperties[] = [
  {
    displayName: "Resource",
    name: "resource",
    type: "options",
    noDataExpression: true,
    options: [
      {
        name: "Activity",
        value: "activity"
      },
      {
        name: "Agent Report",
        value: "agentReport"
      },
      {
        name: "Answer",
        value: "answer"
      },
      {
        name: "Check-in",
        value: "checkin"
      },
      {
        name: "Check-in Response",
        value: "checkinResponse"
      },
      {
        name: "Conversation",
        value: "conversation"
      },
      {
        name: "Email",
        value: "email"
      },
      {
        name: "Form Response",
        value: "formResponse"
      },
      {
        name: "Invitation",
        value: "invitation"
      },
      {
        name: "Kudos",
        value: "kudos"
      },
      {
        name: "Message",
        value: "message"
      },
      {
        name: "Mood",
        value: "mood"
      },
      {
        name: "Non-Respondent",
        value: "nonRespondent"
      },
      {
        name: "Reminder",
        value: "reminder"
      },
      {
        name: "Stand-up Update",
        value: "standUpUpdate"
      },
      {
        name: "Team",
        value: "team"
      },
      {
        name: "Team Member",
        value: "teamMember"
      },
      {
        name: "User",
        value: "user"
      },
      {
        name: "Workflow Event",
        value: "workflowEvent"
      },
      {
        name: "Workflow Run",
        value: "workflowRun"
      }
    ],
    default: "message"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "message"
        ]
      }
    },
    options: [
      {
        name: "Send Message",
        value: "send_message",
        description: "Sends a chat message to people, teams or channels, with an optional image, buttons and thread replies",
        action: "Send message"
      },
      {
        name: "Update Message",
        value: "update_message",
        description: "Edits the text, image or buttons of a chat message sent with Send Message, within 72 hours of sending it",
        action: "Update message"
      }
    ],
    default: "send_message"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "answer"
        ]
      }
    },
    options: [
      {
        name: "Ask in Chat and Wait for an Answer",
        value: "sendAndWait",
        description: "Asks people or a channel a question with answer buttons, and waits until someone clicks one",
        action: "Ask in chat and wait for an answer"
      }
    ],
    default: "sendAndWait"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "email"
        ]
      }
    },
    options: [
      {
        name: "Send Email",
        value: "send_email",
        description: "Sends an email to people in your organization",
        action: "Send email"
      }
    ],
    default: "send_email"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "kudos"
        ]
      }
    },
    options: [
      {
        name: "Give Kudos",
        value: "give_kudos",
        description: "Gives kudos to people or teams, from the API key’s owner or from the bot",
        action: "Give kudos"
      }
    ],
    default: "give_kudos"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "activity"
        ]
      }
    },
    options: [
      {
        name: "Log Activity",
        value: "push_activity",
        description: "Logs work done in another tool as an activity, shown in check-in reports. Needs the Activity Hook URL in the connection.",
        action: "Log activity"
      }
    ],
    default: "push_activity"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "checkin"
        ]
      }
    },
    options: [
      {
        name: "Create Check-in",
        value: "create_checkin",
        description: "Creates a check-in from a template, with its schedule and reminder settings",
        action: "Create check-in"
      },
      {
        name: "Delete Check-in",
        value: "delete_checkin",
        description: "Deletes a check-in for good. This cannot be undone.",
        action: "Delete check-in"
      },
      {
        name: "Find Check-in",
        value: "find_checkin",
        description: "Finds a check-in by its name, optionally with its summary of responses and blockers",
        action: "Find check-in"
      },
      {
        name: "Update Check-in",
        value: "update_checkin",
        description: "Changes the settings of an existing check-in, leaving the ones you do not fill in as they are",
        action: "Update check-in"
      }
    ],
    default: "create_checkin"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "reminder"
        ]
      }
    },
    options: [
      {
        name: "Send Check-in Reminder",
        value: "send_checkin_reminder",
        description: "Reminds people to answer a check-in: the people you name, or everyone who has not answered yet",
        action: "Send check-in reminder"
      }
    ],
    default: "send_checkin_reminder"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "conversation"
        ]
      }
    },
    options: [
      {
        name: "Open Group Conversation",
        value: "open_conversation",
        description: "Opens a private group conversation in Slack between people, and gives its channel ID",
        action: "Open group conversation"
      }
    ],
    default: "open_conversation"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "teamMember"
        ]
      }
    },
    options: [
      {
        name: "Add User to Team",
        value: "add_team_member",
        description: "Adds people to a team",
        action: "Add user to team"
      },
      {
        name: "Remove User from Team",
        value: "remove_team_member",
        description: "Removes a person from a team",
        action: "Remove user from team"
      }
    ],
    default: "add_team_member"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "user"
        ]
      }
    },
    options: [
      {
        name: "Find User",
        value: "find_user",
        description: "Finds a user of your organization by email address, full name or user ID",
        action: "Find user"
      },
      {
        name: "Update User",
        value: "update_user",
        description: "Changes a user’s profile, work schedule, time off or status, leaving the fields you do not fill in as they are",
        action: "Update user"
      }
    ],
    default: "update_user"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "formResponse"
        ]
      }
    },
    options: [
      {
        name: "Delete Form Response",
        value: "delete_form_response",
        description: "Deletes a form response for good. This cannot be undone.",
        action: "Delete form response"
      },
      {
        name: "Find Form Response",
        value: "find_form_response",
        description: "Finds a form response by its ID, or by person, text, approval status, workflow state and days: the newest one’s fields, and every match (up to 100, newest first) as line items",
        action: "Find form response"
      },
      {
        name: "Move Form Response",
        value: "change_form_response_state",
        description: "Moves a form response to another state of the form’s workflow (for example from Requested to Approved)",
        action: "Move form response"
      },
      {
        name: "Submit Form Response",
        value: "submit_form_response",
        description: "Files a response to a form, with an answer for each of its questions",
        action: "Submit form response"
      },
      {
        name: "Update Form Response",
        value: "update_form_response",
        description: "Changes answers of a form response, leaving the questions you do not fill in as they are",
        action: "Update form response"
      }
    ],
    default: "submit_form_response"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "workflowRun"
        ]
      }
    },
    options: [
      {
        name: "Run Workflow",
        value: "trigger_workflow",
        description: "Starts a workflow that runs “When triggered via API or button”, handing it the data you give",
        action: "Run workflow"
      }
    ],
    default: "trigger_workflow"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "workflowEvent"
        ]
      }
    },
    options: [
      {
        name: "Send Workflow Event",
        value: "send_workflow_event",
        description: "Sends an event to your organization’s workflows through the Workflow Trigger URL in the connection; every workflow that starts on its event type runs",
        action: "Send workflow event"
      }
    ],
    default: "send_workflow_event"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "invitation"
        ]
      }
    },
    options: [
      {
        name: "Invite User",
        value: "invite_user",
        description: "Invites people to your organization by email, optionally into teams and check-ins",
        action: "Invite user"
      }
    ],
    default: "invite_user"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "checkinResponse"
        ]
      }
    },
    options: [
      {
        name: "Find Check-in Responses",
        value: "find_checkin_responses",
        description: "Finds the responses to a check-in between two dates, optionally only one person’s: the newest one’s fields, and every response found (up to 100, newest first) as line items",
        action: "Find check-in responses"
      },
      {
        name: "Submit Check-in Response",
        value: "submit_checkin_response",
        description: "Answers a check-in as the API key’s owner, with an answer for each of its questions, or replaces that day’s answers",
        action: "Submit check-in response"
      }
    ],
    default: "submit_checkin_response"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "standUpUpdate"
        ]
      }
    },
    options: [
      {
        name: "Post Stand-up Update",
        value: "post_standup_update",
        description: "Adds an update to the API key owner’s pending check-ins for today: free text that an AI sorts into their questions, or what is done, in progress and blocked",
        action: "Post stand-up update"
      }
    ],
    default: "post_standup_update"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "agentReport"
        ]
      }
    },
    options: [
      {
        name: "Log Agent Report",
        value: "log_agent_report",
        description: "Logs a report from a bot, CI job or coding agent, and adds it to the stand-ups of the people it names as co-authors",
        action: "Log agent report"
      }
    ],
    default: "log_agent_report"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "mood"
        ]
      }
    },
    options: [
      {
        name: "Track Mood",
        value: "track_mood",
        description: "Records how the API key’s owner feels today (or on a given day), from 1 (Very low) to 5 (Great)",
        action: "Track mood"
      }
    ],
    default: "track_mood"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "team"
        ]
      }
    },
    options: [
      {
        name: "Find Team",
        value: "find_team",
        description: "Finds a team of your organization by name or team ID",
        action: "Find team"
      }
    ],
    default: "find_team"
  },
  {
    displayName: "Operation",
    name: "operation",
    type: "options",
    noDataExpression: true,
    displayOptions: {
      show: {
        resource: [
          "nonRespondent"
        ]
      }
    },
    options: [
      {
        name: "Find Check-in Non-Respondents",
        value: "find_checkin_non_respondents",
        description: "Finds the people who have not answered a check-in yet for a day, with their emails ready for an email step",
        action: "Find check-in non-respondents"
      }
    ],
    default: "find_checkin_non_respondents"
  },
  {
    displayName: "Message",
    name: "message",
    description: "The text to send. Chat formatting (bold, links) works as in your chat app.",
    required: true,
    type: "string",
    typeOptions: {
      rows: 4
    },
    default: "",
    displayOptions: {
      show: {
        resource: [
          "message"
        ],
        operation: [
          "send_message"
        ]
      }
    }
  },
  {
    displayName: "Users",
    name: "target_users",
    description: "People who get the message privately. A chat-platform user ID (such as the Slack member ID U02ABCDEF12) is sent as it is. Pick people from the list, or map DailyBot user IDs, email addresses or full names (one per line, or several in one value separated by commas). Fill in at least one of “Users”, “Teams” or “Channels”.",
    type: "fixedCollection",
    typeOptions: {
      multipleValues: true
    },
    default: {},
    placeholder: "Add User",
    options: [
      {
        displayName: "Users",
        name: "values",
        values: [
          {
            displayName: "User",
            name: "value",
            type: "resourceLocator",
            default: {
              mode: "list",
              value: ""
            },
            modes: [
              {
                displayName: "From List",
                name: "list",
                type: "list",
                typeOptions: {
                  searchListMethod: "list_users",
                  searchable: true
                }
              },
              {
                displayName: "By ID, Email or Name",
                name: "id",
                type: "string",
                placeholder: "e.g. priya@example.com"
              }
            ]
          }
        ]
      }
    ],
    displayOptions: {
      show: {
        resource: [
          "message"
        ],
        operation: [
          "send_message"
        ]
      }
    }
  },
  {
    displayName: "Teams",
    name: "target_teams",
    description: "Every member of these teams gets the message. Fill in at least one of “Users”, “Teams” or “Channels”.",
    type: "fixedCollection",
    typeOptions: {
      multipleValues: true
    },
    default: {},
    placeholder: "Add Team",
    options: [
      {
        displayName: "Teams",
        name: "values",
        values: [
          {
            displayName: "Team",
            name: "value",
            type: "resourceLocator",
            default: {
              mode: "list",
              value: ""
            },
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
            ]
          }
        ]
      }
    ],
    displayOptions: {
      show: {
        resource: [
          "message"
        ],
        operation: [
          "send_message"
        ]
      }
    }
  },
  {
    displayName: "Channels",
    name: "target_channels",
    description: "Chat channels to post in. Pick them from the list (DailyBot’s reporting channels), or type a channel’s ID, such as <code>C0123456789</code> in Slack (open the channel’s details to find it). For a group conversation opened by Open Group Conversation, map its “Group Conversation for Messages” (it starts with <code>group_chat:</code>). Fill in at least one of “Users”, “Teams” or “Channels”.",
    type: "fixedCollection",
    typeOptions: {
      multipleValues: true
    },
    default: {},
    placeholder: "Add Channel",
    options: [
      {
        displayName: "Channels",
        name: "values",
        values: [
          {
            displayName: "Channel",
            name: "value",
            type: "resourceLocator",
            default: {
              mode: "list",
              value: ""
            },
            modes: [
              {
                displayName: "From List",
                name: "list",
                type: "list",
                typeOptions: {
                  searchListMethod: "list_channels",
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
          }
        ]
      }
    ],
    displayOptions: {
      show: {
        resource: [
          "message"
        ],
        operation: [
          "send_message"
        ]
      }
    }
  },
  {
    displayName: "More Options",
    name: "more",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "message"
        ],
        operation: [
          "send_message"
        ]
      }
    },
    options: [
      {
        displayName: "Buttons",
        name: "buttons",
        type: "fixedCollection",
        typeOptions: {
          multipleValues: true
        },
        default: {},
        placeholder: "Add Button",
        options: [
          {
            displayName: "Buttons",
            name: "values",
            values: [
              {
                displayName: "Button Type",
                name: "button_type",
                description: "Link opens the URL below; Workflow runs the Workflow below; Form opens the Form below; Command runs the Value below as a DailyBot command. Empty: Link when a URL is given, Workflow or Form when one is picked, else Command.",
                type: "options",
                options: [
                  {
                    name: "Link: opens a web page",
                    value: "Link"
                  },
                  {
                    name: "Workflow: runs a DailyBot workflow",
                    value: "Workflow"
                  },
                  {
                    name: "Form: opens a DailyBot form",
                    value: "Form"
                  },
                  {
                    name: "Command: runs a DailyBot command",
                    value: "Command"
                  }
                ],
                default: "Link"
              },
              {
                displayName: "Form",
                name: "form",
                type: "resourceLocator",
                default: {
                  mode: "list",
                  value: ""
                },
                description: "Form buttons only: the DailyBot form a click opens",
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
                displayName: "Label",
                name: "label",
                description: "The text on the button, up to 75 characters (up to 25 buttons)",
                type: "string",
                default: ""
              },
              {
                displayName: "Label After Click",
                name: "label_after_click",
                description: "Command buttons only: what the button says once clicked (empty: the Label)",
                type: "string",
                default: ""
              },
              {
                displayName: "URL",
                name: "url",
                description: "Link buttons only: the <code>https://</code> page the button opens",
                type: "string",
                default: ""
              },
              {
                displayName: "Value",
                name: "value",
                description: "Command buttons: what DailyBot does when someone clicks, written as you would type it to DailyBot in chat (a DailyBot command, such as <code>/standup</code> to start the standup). Workflow and Form buttons: what the click hands on (empty: the Label).",
                type: "string",
                default: ""
              },
              {
                displayName: "Workflow",
                name: "workflow",
                type: "resourceLocator",
                default: {
                  mode: "list",
                  value: ""
                },
                description: "Workflow buttons only: the DailyBot workflow a click runs. It must start “When triggered via API or button” and be active.",
                modes: [
                  {
                    displayName: "From List",
                    name: "list",
                    type: "list",
                    typeOptions: {
                      searchListMethod: "list_workflows",
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
              }
            ]
          }
        ]
      },
      {
        displayName: "Edit Message ID",
        name: "bot_message_id",
        description: "Leave empty to send a new message. To edit a message sent earlier, use the <b>Update Message</b> action; a “Message ID” mapped here from an earlier Send Message step (DailyBot’s own ID, such as <code>$db/ae007b43-…</code>) edits that message instead (within 72 hours of sending). Do not type an ID of your own: DailyBot makes them.",
        type: "string",
        default: ""
      },
      {
        displayName: "Image URL",
        name: "image_url",
        description: "A public <code>https://</code> link to an image to attach",
        type: "string",
        default: ""
      },
      {
        displayName: "Skip People on Time Off",
        name: "skip_users_on_time_off",
        description: "Yes leaves out people who are on time off in DailyBot today",
        type: "boolean",
        default: false
      },
      {
        displayName: "Thread Replies",
        name: "thread_responses",
        description: "Up to 10 replies posted under the message, in its thread, one per item: the message stays short and the details sit in its thread",
        type: "string",
        typeOptions: {
          multipleValues: true
        },
        default: [],
        placeholder: "Add Thread Replie"
      }
    ]
  },
  {
    displayName: "Message ID",
    name: "bot_message_id",
    description: "The message to edit: map “Message ID” (or one of the “Thread Reply IDs”) from the Send Message step that sent it. It is DailyBot’s own ID, such as <code>$db/ae007b43-…</code>. DailyBot edits messages for 72 hours after they are sent.",
    required: true,
    type: "string",
    default: "",
    displayOptions: {
      show: {
        resource: [
          "message"
        ],
        operation: [
          "update_message"
        ]
      }
    }
  },
  {
    displayName: "Message",
    name: "message",
    description: "The new text of the message. It replaces the old text.",
    required: true,
    type: "string",
    typeOptions: {
      rows: 4
    },
    default: "",
    displayOptions: {
      show: {
        resource: [
          "message"
        ],
        operation: [
          "update_message"
        ]
      }
    }
  },
  {
    displayName: "Users",
    name: "target_users",
    description: "The people the message was sent to. Map the same field from the Send Message step that sent the message. A chat-platform user ID (such as the Slack member ID U02ABCDEF12) is sent as it is. Pick people from the list, or map DailyBot user IDs, email addresses or full names (one per line, or several in one value separated by commas). Fill in at least one of “Users”, “Teams” or “Channels”.",
    type: "fixedCollection",
    typeOptions: {
      multipleValues: true
    },
    default: {},
    placeholder: "Add User",
    options: [
      {
        displayName: "Users",
        name: "values",
        values: [
          {
            displayName: "User",
            name: "value",
            type: "resourceLocator",
            default: {
              mode: "list",
              value: ""
            },
            modes: [
              {
                displayName: "From List",
                name: "list",
                type: "list",
                typeOptions: {
                  searchListMethod: "list_users",
                  searchable: true
                }
              },
              {
                displayName: "By ID, Email or Name",
                name: "id",
                type: "string",
                placeholder: "e.g. priya@example.com"
              }
            ]
          }
        ]
      }
    ],
    displayOptions: {
      show: {
        resource: [
          "message"
        ],
        operation: [
          "update_message"
        ]
      }
    }
  },
  {
    displayName: "Teams",
    name: "target_teams",
    description: "Every member of these teams gets the message. Fill in at least one of “Users”, “Teams” or “Channels”.",
    type: "fixedCollection",
    typeOptions: {
      multipleValues: true
    },
    default: {},
    placeholder: "Add Team",
    options: [
      {
        displayName: "Teams",
        name: "values",
        values: [
          {
            displayName: "Team",
            name: "value",
            type: "resourceLocator",
            default: {
              mode: "list",
              value: ""
            },
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
            ]
          }
        ]
      }
    ],
    displayOptions: {
      show: {
        resource: [
          "message"
        ],
        operation: [
          "update_message"
        ]
      }
    }
  },
  {
    displayName: "Channels",
    name: "target_channels",
    description: "The channels the message was posted in. Map the same field from the Send Message step that sent the message. Pick them from the list (DailyBot’s reporting channels), or type a channel’s ID, such as <code>C0123456789</code> in Slack (open the channel’s details to find it). For a group conversation opened by Open Group Conversation, map its “Group Conversation for Messages” (it starts with <code>group_chat:</code>). Fill in at least one of “Users”, “Teams” or “Channels”.",
    type: "fixedCollection",
    typeOptions: {
      multipleValues: true
    },
    default: {},
    placeholder: "Add Channel",
    options: [
      {
        displayName: "Channels",
        name: "values",
        values: [
          {
            displayName: "Channel",
            name: "value",
            type: "resourceLocator",
            default: {
              mode: "list",
              value: ""
            },
            modes: [
              {
                displayName: "From List",
                name: "list",
                type: "list",
                typeOptions: {
                  searchListMethod: "list_channels",
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
          }
        ]
      }
    ],
    displayOptions: {
      show: {
        resource: [
          "message"
        ],
        operation: [
          "update_message"
        ]
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "message"
        ],
        operation: [
          "update_message"
        ]
      }
    },
    options: [
      {
        displayName: "Buttons",
        name: "buttons",
        type: "fixedCollection",
        typeOptions: {
          multipleValues: true
        },
        default: {},
        placeholder: "Add Button",
        options: [
          {
            displayName: "Buttons",
            name: "values",
            values: [
              {
                displayName: "Button Type",
                name: "button_type",
                description: "Link opens the URL below; Workflow runs the Workflow below; Form opens the Form below; Command runs the Value below as a DailyBot command. Empty: Link when a URL is given, Workflow or Form when one is picked, else Command.",
                type: "options",
                options: [
                  {
                    name: "Link: opens a web page",
                    value: "Link"
                  },
                  {
                    name: "Workflow: runs a DailyBot workflow",
                    value: "Workflow"
                  },
                  {
                    name: "Form: opens a DailyBot form",
                    value: "Form"
                  },
                  {
                    name: "Command: runs a DailyBot command",
                    value: "Command"
                  }
                ],
                default: "Link"
              },
              {
                displayName: "Form",
                name: "form",
                type: "resourceLocator",
                default: {
                  mode: "list",
                  value: ""
                },
                description: "Form buttons only: the DailyBot form a click opens",
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
                displayName: "Label",
                name: "label",
                description: "The text on the button, up to 75 characters (up to 25 buttons)",
                type: "string",
                default: ""
              },
              {
                displayName: "Label After Click",
                name: "label_after_click",
                description: "Command buttons only: what the button says once clicked (empty: the Label)",
                type: "string",
                default: ""
              },
              {
                displayName: "URL",
                name: "url",
                description: "Link buttons only: the <code>https://</code> page the button opens",
                type: "string",
                default: ""
              },
              {
                displayName: "Value",
                name: "value",
                description: "Command buttons: what DailyBot does when someone clicks, written as you would type it to DailyBot in chat (a DailyBot command, such as <code>/standup</code> to start the standup). Workflow and Form buttons: what the click hands on (empty: the Label).",
                type: "string",
                default: ""
              },
              {
                displayName: "Workflow",
                name: "workflow",
                type: "resourceLocator",
                default: {
                  mode: "list",
                  value: ""
                },
                description: "Workflow buttons only: the DailyBot workflow a click runs. It must start “When triggered via API or button” and be active.",
                modes: [
                  {
                    displayName: "From List",
                    name: "list",
                    type: "list",
                    typeOptions: {
                      searchListMethod: "list_workflows",
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
              }
            ]
          }
        ]
      },
      {
        displayName: "Image URL",
        name: "image_url",
        description: "A public <code>https://</code> link to an image to attach",
        type: "string",
        default: ""
      }
    ]
  },
  {
    displayName: "Question",
    name: "message",
    description: "What to ask, such as “Can you help with the blocker Sam reported?”",
    required: true,
    type: "string",
    typeOptions: {
      rows: 4
    },
    default: "",
    displayOptions: {
      show: {
        resource: [
          "answer"
        ],
        operation: [
          "sendAndWait"
        ]
      }
    }
  },
  {
    displayName: "Users",
    name: "target_users",
    description: "People to ask, privately. The first one to click answers for everyone. A chat-platform user ID (such as the Slack member ID U02ABCDEF12) is sent as it is. Pick people from the list, or map DailyBot user IDs, email addresses or full names (one per line, or several in one value separated by commas). Fill in at least one of “Users” or “Channels”.",
    type: "fixedCollection",
    typeOptions: {
      multipleValues: true
    },
    default: {},
    placeholder: "Add User",
    options: [
      {
        displayName: "Users",
        name: "values",
        values: [
          {
            displayName: "User",
            name: "value",
            type: "resourceLocator",
            default: {
              mode: "list",
              value: ""
            },
            modes: [
              {
                displayName: "From List",
                name: "list",
                type: "list",
                typeOptions: {
                  searchListMethod: "list_users",
                  searchable: true
                }
              },
              {
                displayName: "By ID, Email or Name",
                name: "id",
                type: "string",
                placeholder: "e.g. priya@example.com"
              }
            ]
          }
        ]
      }
    ],
    displayOptions: {
      show: {
        resource: [
          "answer"
        ],
        operation: [
          "sendAndWait"
        ]
      }
    }
  },
  {
    displayName: "Channels",
    name: "target_channels",
    description: "Chat channels to ask in. The first person to click answers. Pick them from the list (DailyBot’s reporting channels), or type a channel’s ID, such as <code>C0123456789</code> in Slack (open the channel’s details to find it). For a group conversation opened by Open Group Conversation, map its “Group Conversation for Messages” (it starts with <code>group_chat:</code>). Fill in at least one of “Users” or “Channels”.",
    type: "fixedCollection",
    typeOptions: {
      multipleValues: true
    },
    default: {},
    placeholder: "Add Channel",
    options: [
      {
        displayName: "Channels",
        name: "values",
        values: [
          {
            displayName: "Channel",
            name: "value",
            type: "resourceLocator",
            default: {
              mode: "list",
              value: ""
            },
            modes: [
              {
                displayName: "From List",
                name: "list",
                type: "list",
                typeOptions: {
                  searchListMethod: "list_channels",
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
          }
        ]
      }
    ],
    displayOptions: {
      show: {
        resource: [
          "answer"
        ],
        operation: [
          "sendAndWait"
        ]
      }
    }
  },
  {
    displayName: "Answer Buttons",
    name: "choices",
    description: "The answers people can click, one button each: 2 to 10, such as “Yes” and “Not now”. The workflow waits until someone clicks one, and goes on with that answer.",
    required: true,
    type: "string",
    typeOptions: {
      multipleValues: true
    },
    default: [],
    placeholder: "Add Answer Button",
    displayOptions: {
      show: {
        resource: [
          "answer"
        ],
        operation: [
          "sendAndWait"
        ]
      }
    }
  },
  {
    displayName: "Recipients",
    name: "users",
    description: "The DailyBot users who get the email. Pick people from the list, or map DailyBot user IDs, email addresses or full names (one per line, or several in one value separated by commas).",
    required: true,
    type: "fixedCollection",
    typeOptions: {
      multipleValues: true
    },
    default: {},
    placeholder: "Add Recipient",
    options: [
      {
        displayName: "Recipients",
        name: "values",
        values: [
          {
            displayName: "Recipient",
            name: "value",
            type: "resourceLocator",
            default: {
              mode: "list",
              value: ""
            },
            modes: [
              {
                displayName: "From List",
                name: "list",
                type: "list",
                typeOptions: {
                  searchListMethod: "list_users",
                  searchable: true
                }
              },
              {
                displayName: "By ID, Email or Name",
                name: "id",
                type: "string",
                placeholder: "e.g. priya@example.com"
              }
            ]
          }
        ]
      }
    ],
    displayOptions: {
      show: {
        resource: [
          "email"
        ],
        operation: [
          "send_email"
        ]
      }
    }
  },
  {
    displayName: "Subject",
    name: "email_subject",
    required: true,
    type: "string",
    default: "",
    displayOptions: {
      show: {
        resource: [
          "email"
        ],
        operation: [
          "send_email"
        ]
      }
    }
  },
  {
    displayName: "Content",
    name: "email_content",
    description: "The body of the email: plain text or HTML",
    required: true,
    type: "string",
    typeOptions: {
      rows: 4
    },
    default: "",
    displayOptions: {
      show: {
        resource: [
          "email"
        ],
        operation: [
          "send_email"
        ]
      }
    }
  },
  {
    displayName: "Message",
    name: "content",
    description: "Why they get kudos: the text posted with them",
    required: true,
    type: "string",
    typeOptions: {
      rows: 4
    },
    default: "",
    displayOptions: {
      show: {
        resource: [
          "kudos"
        ],
        operation: [
          "give_kudos"
        ]
      }
    }
  },
  {
    displayName: "Receivers",
    name: "receivers",
    description: "The people who get kudos. Pick people from the list, or map DailyBot user IDs, email addresses or full names (one per line, or several in one value separated by commas). Fill in at least one of “Receivers” or “Receiving Teams”.",
    type: "fixedCollection",
    typeOptions: {
      multipleValues: true
    },
    default: {},
    placeholder: "Add Receiver",
    options: [
      {
        displayName: "Receivers",
        name: "values",
        values: [
          {
            displayName: "Receiver",
            name: "value",
            type: "resourceLocator",
            default: {
              mode: "list",
              value: ""
            },
            modes: [
              {
                displayName: "From List",
                name: "list",
                type: "list",
                typeOptions: {
                  searchListMethod: "list_users",
                  searchable: true
                }
              },
              {
                displayName: "By ID, Email or Name",
                name: "id",
                type: "string",
                placeholder: "e.g. priya@example.com"
              }
            ]
          }
        ]
      }
    ],
    displayOptions: {
      show: {
        resource: [
          "kudos"
        ],
        operation: [
          "give_kudos"
        ]
      }
    }
  },
  {
    displayName: "Receiving Teams",
    name: "team_receivers",
    description: "Every member of these teams gets kudos. Fill in at least one of “Receivers” or “Receiving Teams”.",
    type: "fixedCollection",
    typeOptions: {
      multipleValues: true
    },
    default: {},
    placeholder: "Add Receiving Team",
    options: [
      {
        displayName: "Receiving Teams",
        name: "values",
        values: [
          {
            displayName: "Receiving Team",
            name: "value",
            type: "resourceLocator",
            default: {
              mode: "list",
              value: ""
            },
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
            ]
          }
        ]
      }
    ],
    displayOptions: {
      show: {
        resource: [
          "kudos"
        ],
        operation: [
          "give_kudos"
        ]
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "kudos"
        ],
        operation: [
          "give_kudos"
        ]
      }
    },
    options: [
      {
        displayName: "Anonymous",
        name: "is_anonymous",
        description: "Yes hides who gave the kudos",
        type: "boolean",
        default: false
      },
      {
        displayName: "Company Value",
        name: "company_value",
        description: "One of your organization’s company values in DailyBot, to tag the kudos with",
        type: "string",
        default: ""
      },
      {
        displayName: "From DailyBot",
        name: "by_dailybot",
        description: "Yes gives the kudos on behalf of DailyBot instead of the API key’s owner",
        type: "boolean",
        default: false
      }
    ]
  },
  {
    displayName: "Activity Type",
    name: "custom_type",
    description: "A short name that groups activities in reports, such as <code>deployment</code> or <code>ticket_resolved</code> (at most 128 characters)",
    required: true,
    type: "string",
    default: "",
    displayOptions: {
      show: {
        resource: [
          "activity"
        ],
        operation: [
          "push_activity"
        ]
      }
    }
  },
  {
    displayName: "Message",
    name: "message",
    description: "What happened, as the check-in report shows it",
    required: true,
    type: "string",
    typeOptions: {
      rows: 4
    },
    default: "",
    displayOptions: {
      show: {
        resource: [
          "activity"
        ],
        operation: [
          "push_activity"
        ]
      }
    }
  },
  {
    displayName: "User",
    name: "user",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The DailyBot user who did it. Pick a person from the list, or map a DailyBot user ID, an email address or a full name.",
    modes: [
      {
        displayName: "From List",
        name: "list",
        type: "list",
        typeOptions: {
          searchListMethod: "list_users",
          searchable: true
        }
      },
      {
        displayName: "By ID, Email or Name",
        name: "id",
        type: "string",
        placeholder: "e.g. priya@example.com"
      }
    ],
    displayOptions: {
      show: {
        resource: [
          "activity"
        ],
        operation: [
          "push_activity"
        ]
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "activity"
        ],
        operation: [
          "push_activity"
        ]
      }
    },
    options: [
      {
        displayName: "Link",
        name: "link",
        description: "An <code>https://</code> link the report makes clickable, such as the release or the ticket",
        type: "string",
        default: ""
      }
    ]
  },
  {
    displayName: "Name",
    name: "name",
    description: "The check-in’s name, as people see it in DailyBot",
    required: true,
    type: "string",
    default: "",
    displayOptions: {
      show: {
        resource: [
          "checkin"
        ],
        operation: [
          "create_checkin"
        ]
      }
    }
  },
  {
    displayName: "Template",
    name: "template",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The check-in template whose questions the check-in asks",
    modes: [
      {
        displayName: "From List",
        name: "list",
        type: "list",
        typeOptions: {
          searchListMethod: "list_templates",
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
        resource: [
          "checkin"
        ],
        operation: [
          "create_checkin"
        ]
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "checkin"
        ],
        operation: [
          "create_checkin"
        ]
      }
    },
    options: [
      {
        displayName: "Active",
        name: "active",
        description: "No pauses the check-in: DailyBot stops asking its questions",
        type: "boolean",
        default: false
      },
      {
        displayName: "Anonymous",
        name: "is_anonymous",
        description: "Yes hides who answered in the check-in’s reports",
        type: "boolean",
        default: false
      },
      {
        displayName: "Send Reports One by One",
        name: "send_reports_one_by_one",
        description: "Yes shares each response as soon as it is completed",
        type: "boolean",
        default: false
      }
    ]
  },
  {
    displayName: "Schedule",
    name: "schedule",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "checkin"
        ],
        operation: [
          "create_checkin"
        ]
      }
    },
    options: [
      {
        displayName: "Days of the Week",
        name: "frequency_on_days",
        description: "The days DailyBot asks the questions. Mapped values may be numbers from 1 (Monday) to 7 (Sunday) or day names.",
        type: "multiOptions",
        options: [
          {
            name: "Friday",
            value: "5"
          },
          {
            name: "Monday",
            value: "1"
          },
          {
            name: "Saturday",
            value: "6"
          },
          {
            name: "Sunday",
            value: "7"
          },
          {
            name: "Thursday",
            value: "4"
          },
          {
            name: "Tuesday",
            value: "2"
          },
          {
            name: "Wednesday",
            value: "3"
          }
        ],
        default: []
      },
      {
        displayName: "End Date",
        name: "end_on",
        description: "The last day the check-in runs; empty means it never ends. Pick a date, type one such as 2026-03-31 or “tomorrow”, or map a date or a date and time (only the day counts, as written).",
        type: "dateTime",
        default: ""
      },
      {
        displayName: "Manual Reminders Only",
        name: "is_trigger_based",
        description: "Yes stops DailyBot asking on a schedule: people are asked only when a reminder is sent (for example with the Send Check-in Reminder action)",
        type: "boolean",
        default: false
      },
      {
        displayName: "Question Time",
        name: "custom_trigger_time",
        description: "A fixed time to ask, written HH:MM (24-hour), instead of each person’s work start time",
        type: "string",
        default: ""
      },
      {
        displayName: "Start Date",
        name: "start_on",
        description: "The first day the check-in runs. Pick a date, type one such as 2026-03-31 or “tomorrow”, or map a date or a date and time (only the day counts, as written).",
        type: "dateTime",
        default: ""
      },
      {
        displayName: "Use Each Person’s Work Days",
        name: "use_user_defined_work_days",
        description: "Yes asks each person on their own work days instead of the days above",
        type: "boolean",
        default: false
      }
    ]
  },
  {
    displayName: "Reminders",
    name: "reminders",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "checkin"
        ],
        operation: [
          "create_checkin"
        ]
      }
    },
    options: [
      {
        displayName: "Extra Reminders",
        name: "reminders_max_count",
        description: "How many times DailyBot reminds people who have not answered yet",
        type: "options",
        options: [
          {
            name: "None",
            value: "0"
          },
          {
            name: "1 reminder",
            value: "1"
          },
          {
            name: "2 reminders",
            value: "2"
          },
          {
            name: "3 reminders",
            value: "3"
          }
        ],
        default: "0"
      },
      {
        displayName: "Minutes Between Reminders",
        name: "reminders_frequency_time",
        description: "How many minutes DailyBot waits between two reminders, 1 to 1440 (a day)",
        type: "number",
        default: 0
      },
      {
        displayName: "Reminder Timing",
        name: "reminders_trigger_condition",
        description: "When the extra reminders go out",
        type: "options",
        options: [
          {
            name: "Smart: DailyBot picks when to remind",
            value: "smart_frequency"
          },
          {
            name: "Fixed: every few minutes (you set how many)",
            value: "fixed_frequency"
          }
        ],
        default: "smart_frequency"
      }
    ]
  },
  {
    displayName: "Messages",
    name: "messages",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "checkin"
        ],
        operation: [
          "create_checkin"
        ]
      }
    },
    options: [
      {
        displayName: "Intro Message",
        name: "custom_template_intro",
        description: "What DailyBot says before the first question, instead of the template’s intro, for this check-in only",
        type: "string",
        typeOptions: {
          rows: 4
        },
        default: ""
      },
      {
        displayName: "Outro Message",
        name: "custom_template_outro",
        description: "What DailyBot says after the last question, instead of the template’s closing message, for this check-in only",
        type: "string",
        typeOptions: {
          rows: 4
        },
        default: ""
      }
    ]
  },
  {
    displayName: "Check-in",
    name: "checkin",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The check-in to change. Only the fields you fill in below are changed.",
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
        resource: [
          "checkin"
        ],
        operation: [
          "update_checkin"
        ]
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "checkin"
        ],
        operation: [
          "update_checkin"
        ]
      }
    },
    options: [
      {
        displayName: "Active",
        name: "active",
        description: "No pauses the check-in: DailyBot stops asking its questions. Leave empty to keep the current setting.",
        type: "boolean",
        default: false
      },
      {
        displayName: "Anonymous",
        name: "is_anonymous",
        description: "Yes hides who answered in the check-in’s reports. Leave empty to keep the current setting.",
        type: "boolean",
        default: false
      },
      {
        displayName: "Name",
        name: "name",
        description: "A new name for the check-in",
        type: "string",
        default: ""
      },
      {
        displayName: "Send Reports One by One",
        name: "send_reports_one_by_one",
        description: "Yes shares each response as soon as it is completed. Leave empty to keep the current setting.",
        type: "boolean",
        default: false
      },
      {
        displayName: "Template",
        name: "template",
        type: "resourceLocator",
        default: {
          mode: "list",
          value: ""
        },
        description: "Another check-in template whose questions the check-in will ask from now on",
        modes: [
          {
            displayName: "From List",
            name: "list",
            type: "list",
            typeOptions: {
              searchListMethod: "list_templates",
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
      }
    ]
  },
  {
    displayName: "Schedule",
    name: "schedule",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "checkin"
        ],
        operation: [
          "update_checkin"
        ]
      }
    },
    options: [
      {
        displayName: "Days of the Week",
        name: "frequency_on_days",
        description: "The days DailyBot asks the questions. Mapped values may be numbers from 1 (Monday) to 7 (Sunday) or day names. Leave empty to keep the current setting.",
        type: "multiOptions",
        options: [
          {
            name: "Friday",
            value: "5"
          },
          {
            name: "Monday",
            value: "1"
          },
          {
            name: "Saturday",
            value: "6"
          },
          {
            name: "Sunday",
            value: "7"
          },
          {
            name: "Thursday",
            value: "4"
          },
          {
            name: "Tuesday",
            value: "2"
          },
          {
            name: "Wednesday",
            value: "3"
          }
        ],
        default: []
      },
      {
        displayName: "End Date",
        name: "end_on",
        description: "The last day the check-in runs; empty means it never ends. Leave empty to keep the current setting. Pick a date, type one such as 2026-03-31 or “tomorrow”, or map a date or a date and time (only the day counts, as written).",
        type: "dateTime",
        default: ""
      },
      {
        displayName: "Manual Reminders Only",
        name: "is_trigger_based",
        description: "Yes stops DailyBot asking on a schedule: people are asked only when a reminder is sent (for example with the Send Check-in Reminder action). Leave empty to keep the current setting.",
        type: "boolean",
        default: false
      },
      {
        displayName: "Question Time",
        name: "custom_trigger_time",
        description: "A fixed time to ask, written HH:MM (24-hour), instead of each person’s work start time. Leave empty to keep the current setting.",
        type: "string",
        default: ""
      },
      {
        displayName: "Start Date",
        name: "start_on",
        description: "The first day the check-in runs. Leave empty to keep the current setting. Pick a date, type one such as 2026-03-31 or “tomorrow”, or map a date or a date and time (only the day counts, as written).",
        type: "dateTime",
        default: ""
      },
      {
        displayName: "Use Each Person’s Work Days",
        name: "use_user_defined_work_days",
        description: "Yes asks each person on their own work days instead of the days above. Leave empty to keep the current setting.",
        type: "boolean",
        default: false
      }
    ]
  },
  {
    displayName: "Reminders",
    name: "reminders",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "checkin"
        ],
        operation: [
          "update_checkin"
        ]
      }
    },
    options: [
      {
        displayName: "Extra Reminders",
        name: "reminders_max_count",
        description: "How many times DailyBot reminds people who have not answered yet. Leave empty to keep the current setting.",
        type: "options",
        options: [
          {
            name: "None",
            value: "0"
          },
          {
            name: "1 reminder",
            value: "1"
          },
          {
            name: "2 reminders",
            value: "2"
          },
          {
            name: "3 reminders",
            value: "3"
          }
        ],
        default: "0"
      },
      {
        displayName: "Minutes Between Reminders",
        name: "reminders_frequency_time",
        description: "How many minutes DailyBot waits between two reminders, 1 to 1440 (a day). Leave empty to keep the current setting.",
        type: "number",
        default: 0
      },
      {
        displayName: "Reminder Timing",
        name: "reminders_trigger_condition",
        description: "When the extra reminders go out. Leave empty to keep the current setting.",
        type: "options",
        options: [
          {
            name: "Smart: DailyBot picks when to remind",
            value: "smart_frequency"
          },
          {
            name: "Fixed: every few minutes (you set how many)",
            value: "fixed_frequency"
          }
        ],
        default: "smart_frequency"
      }
    ]
  },
  {
    displayName: "Messages",
    name: "messages",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "checkin"
        ],
        operation: [
          "update_checkin"
        ]
      }
    },
    options: [
      {
        displayName: "Intro Message",
        name: "custom_template_intro",
        description: "What DailyBot says before the first question, instead of the template’s intro, for this check-in only. Leave empty to keep the current setting.",
        type: "string",
        typeOptions: {
          rows: 4
        },
        default: ""
      },
      {
        displayName: "Outro Message",
        name: "custom_template_outro",
        description: "What DailyBot says after the last question, instead of the template’s closing message, for this check-in only. Leave empty to keep the current setting.",
        type: "string",
        typeOptions: {
          rows: 4
        },
        default: ""
      }
    ]
  },
  {
    displayName: "<b>Deleting a check-in cannot be undone.</b> DailyBot removes the check-in with its settings, and it stops asking its questions. To stop it for a while instead, use <b>Update Check-in</b> and set <b>Active</b> to No.",
    name: "delete_warning",
    type: "notice",
    default: "",
    displayOptions: {
      show: {
        resource: [
          "checkin"
        ],
        operation: [
          "delete_checkin"
        ]
      }
    }
  },
  {
    displayName: "Check-in",
    name: "checkin",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The check-in to delete. This cannot be undone.",
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
        resource: [
          "checkin"
        ],
        operation: [
          "delete_checkin"
        ]
      }
    }
  },
  {
    displayName: "Check-in Name",
    name: "name",
    description: "Matched exactly (case does not matter). If two check-ins share the name, the first one DailyBot lists is found.",
    required: true,
    type: "string",
    default: "",
    displayOptions: {
      show: {
        resource: [
          "checkin"
        ],
        operation: [
          "find_checkin"
        ]
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "checkin"
        ],
        operation: [
          "find_checkin"
        ]
      }
    },
    options: [
      {
        displayName: "Include Summary",
        name: "include_summary",
        description: "Also get the check-in’s summary: expected and completed responses, completion percentage and blockers",
        type: "boolean",
        default: false
      },
      {
        displayName: "Summary Date",
        name: "date",
        description: "The day the summary is for; empty means today. Giving a date includes the summary. Pick a date, type one such as 2026-03-31 or “tomorrow”, or map a date or a date and time (only the day counts, as written).",
        type: "dateTime",
        default: ""
      }
    ]
  },
  {
    displayName: "Check-in",
    name: "checkin",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The check-in to remind people about",
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
        resource: [
          "reminder"
        ],
        operation: [
          "send_checkin_reminder"
        ]
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "reminder"
        ],
        operation: [
          "send_checkin_reminder"
        ]
      }
    },
    options: [
      {
        displayName: "Date",
        name: "date",
        description: "The check-in day to remind about; empty means today. Pick a date, type one such as 2026-03-31 or “tomorrow”, or map a date or a date and time (only the day counts, as written).",
        type: "dateTime",
        default: ""
      },
      {
        displayName: "People",
        name: "users",
        description: "Who gets the reminder: the list shows the chosen check-in’s participants. Leave empty to remind everyone who has not answered yet. Pick people from the list, or map DailyBot user IDs, email addresses or full names (one per line, or several in one value separated by commas).",
        type: "fixedCollection",
        typeOptions: {
          multipleValues: true
        },
        default: {},
        placeholder: "Add People",
        options: [
          {
            displayName: "People",
            name: "values",
            values: [
              {
                displayName: "People",
                name: "value",
                type: "resourceLocator",
                default: {
                  mode: "list",
                  value: ""
                },
                modes: [
                  {
                    displayName: "From List",
                    name: "list",
                    type: "list",
                    typeOptions: {
                      searchListMethod: "list_checkin_participants",
                      searchable: true
                    }
                  },
                  {
                    displayName: "By ID, Email or Name",
                    name: "id",
                    type: "string",
                    placeholder: "e.g. priya@example.com"
                  }
                ]
              }
            ]
          }
        ]
      }
    ]
  },
  {
    displayName: "People",
    name: "users",
    description: "The people in the new private group conversation (Slack only). Pick people from the list, or map DailyBot user IDs, email addresses or full names (one per line, or several in one value separated by commas).",
    required: true,
    type: "fixedCollection",
    typeOptions: {
      multipleValues: true
    },
    default: {},
    placeholder: "Add People",
    options: [
      {
        displayName: "People",
        name: "values",
        values: [
          {
            displayName: "People",
            name: "value",
            type: "resourceLocator",
            default: {
              mode: "list",
              value: ""
            },
            modes: [
              {
                displayName: "From List",
                name: "list",
                type: "list",
                typeOptions: {
                  searchListMethod: "list_users",
                  searchable: true
                }
              },
              {
                displayName: "By ID, Email or Name",
                name: "id",
                type: "string",
                placeholder: "e.g. priya@example.com"
              }
            ]
          }
        ]
      }
    ],
    displayOptions: {
      show: {
        resource: [
          "conversation"
        ],
        operation: [
          "open_conversation"
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
    required: true,
    description: "The team to add people to",
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
        resource: [
          "teamMember"
        ],
        operation: [
          "add_team_member"
        ]
      }
    }
  },
  {
    displayName: "Users",
    name: "users",
    description: "The DailyBot users to add. Pick people from the list, or map DailyBot user IDs, email addresses or full names (one per line, or several in one value separated by commas).",
    required: true,
    type: "fixedCollection",
    typeOptions: {
      multipleValues: true
    },
    default: {},
    placeholder: "Add User",
    options: [
      {
        displayName: "Users",
        name: "values",
        values: [
          {
            displayName: "User",
            name: "value",
            type: "resourceLocator",
            default: {
              mode: "list",
              value: ""
            },
            modes: [
              {
                displayName: "From List",
                name: "list",
                type: "list",
                typeOptions: {
                  searchListMethod: "list_users",
                  searchable: true
                }
              },
              {
                displayName: "By ID, Email or Name",
                name: "id",
                type: "string",
                placeholder: "e.g. priya@example.com"
              }
            ]
          }
        ]
      }
    ],
    displayOptions: {
      show: {
        resource: [
          "teamMember"
        ],
        operation: [
          "add_team_member"
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
    required: true,
    description: "The team to remove the person from",
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
        resource: [
          "teamMember"
        ],
        operation: [
          "remove_team_member"
        ]
      }
    }
  },
  {
    displayName: "User",
    name: "user",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The person to remove: the list shows the chosen team’s members. Pick a person from the list, or map a DailyBot user ID, an email address or a full name.",
    modes: [
      {
        displayName: "From List",
        name: "list",
        type: "list",
        typeOptions: {
          searchListMethod: "list_team_members",
          searchable: true
        }
      },
      {
        displayName: "By ID, Email or Name",
        name: "id",
        type: "string",
        placeholder: "e.g. priya@example.com"
      }
    ],
    displayOptions: {
      show: {
        resource: [
          "teamMember"
        ],
        operation: [
          "remove_team_member"
        ]
      }
    }
  },
  {
    displayName: "User",
    name: "user",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The person to update. Only the fields you fill in below are changed. Pick a person from the list, or map a DailyBot user ID, an email address or a full name.",
    modes: [
      {
        displayName: "From List",
        name: "list",
        type: "list",
        typeOptions: {
          searchListMethod: "list_users",
          searchable: true
        }
      },
      {
        displayName: "By ID, Email or Name",
        name: "id",
        type: "string",
        placeholder: "e.g. priya@example.com"
      }
    ],
    displayOptions: {
      show: {
        resource: [
          "user"
        ],
        operation: [
          "update_user"
        ]
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "user"
        ],
        operation: [
          "update_user"
        ]
      }
    },
    options: [
      {
        displayName: "Active",
        name: "is_active",
        description: "No deactivates the person in DailyBot; Yes activates them again. Leave empty to keep it as it is.",
        type: "boolean",
        default: false
      },
      {
        displayName: "Birthday",
        name: "birth_date",
        description: "Month and day, written MM-DD (such as 05-12). Leave empty to keep it as it is.",
        type: "string",
        default: ""
      },
      {
        displayName: "Bot Enabled",
        name: "bot_enabled",
        description: "Whether DailyBot talks to this person in chat. Leave empty to keep it as it is.",
        type: "boolean",
        default: false
      },
      {
        displayName: "Full Name",
        name: "full_name",
        description: "Leave empty to keep it as it is",
        type: "string",
        default: ""
      },
      {
        displayName: "Job Title",
        name: "occupation",
        description: "Leave empty to keep it as it is",
        type: "string",
        default: ""
      },
      {
        displayName: "Time Off End",
        name: "timeoff_end",
        description: "The last day off. Leave empty to keep it as it is. Pick a date, type one such as 2026-03-31 or “tomorrow”, or map a date or a date and time (only the day counts, as written).",
        type: "dateTime",
        default: ""
      },
      {
        displayName: "Time Off Start",
        name: "timeoff_start",
        description: "The first day off. Leave empty to keep it as it is. Pick a date, type one such as 2026-03-31 or “tomorrow”, or map a date or a date and time (only the day counts, as written).",
        type: "dateTime",
        default: ""
      },
      {
        displayName: "Time Zone",
        name: "timezone",
        description: "The person’s time zone: DailyBot asks and reminds in it. Leave empty to keep it as it is. Pick it from the list, or map a time zone name such as Europe/Madrid.",
        type: "options",
        options: [
          {
            name: "Africa/Abidjan",
            value: "Africa/Abidjan"
          },
          {
            name: "Africa/Accra",
            value: "Africa/Accra"
          },
          {
            name: "Africa/Addis Ababa",
            value: "Africa/Addis_Ababa"
          },
          {
            name: "Africa/Algiers",
            value: "Africa/Algiers"
          },
          {
            name: "Africa/Asmara",
            value: "Africa/Asmara"
          },
          {
            name: "Africa/Bamako",
            value: "Africa/Bamako"
          },
          {
            name: "Africa/Bangui",
            value: "Africa/Bangui"
          },
          {
            name: "Africa/Banjul",
            value: "Africa/Banjul"
          },
          {
            name: "Africa/Bissau",
            value: "Africa/Bissau"
          },
          {
            name: "Africa/Blantyre",
            value: "Africa/Blantyre"
          },
          {
            name: "Africa/Brazzaville",
            value: "Africa/Brazzaville"
          },
          {
            name: "Africa/Bujumbura",
            value: "Africa/Bujumbura"
          },
          {
            name: "Africa/Cairo",
            value: "Africa/Cairo"
          },
          {
            name: "Africa/Casablanca",
            value: "Africa/Casablanca"
          },
          {
            name: "Africa/Ceuta",
            value: "Africa/Ceuta"
          },
          {
            name: "Africa/Conakry",
            value: "Africa/Conakry"
          },
          {
            name: "Africa/Dakar",
            value: "Africa/Dakar"
          },
          {
            name: "Africa/Dar es Salaam",
            value: "Africa/Dar_es_Salaam"
          },
          {
            name: "Africa/Djibouti",
            value: "Africa/Djibouti"
          },
          {
            name: "Africa/Douala",
            value: "Africa/Douala"
          },
          {
            name: "Africa/El Aaiun",
            value: "Africa/El_Aaiun"
          },
          {
            name: "Africa/Freetown",
            value: "Africa/Freetown"
          },
          {
            name: "Africa/Gaborone",
            value: "Africa/Gaborone"
          },
          {
            name: "Africa/Harare",
            value: "Africa/Harare"
          },
          {
            name: "Africa/Johannesburg",
            value: "Africa/Johannesburg"
          },
          {
            name: "Africa/Juba",
            value: "Africa/Juba"
          },
          {
            name: "Africa/Kampala",
            value: "Africa/Kampala"
          },
          {
            name: "Africa/Khartoum",
            value: "Africa/Khartoum"
          },
          {
            name: "Africa/Kigali",
            value: "Africa/Kigali"
          },
          {
            name: "Africa/Kinshasa",
            value: "Africa/Kinshasa"
          },
          {
            name: "Africa/Lagos",
            value: "Africa/Lagos"
          },
          {
            name: "Africa/Libreville",
            value: "Africa/Libreville"
          },
          {
            name: "Africa/Lome",
            value: "Africa/Lome"
          },
          {
            name: "Africa/Luanda",
            value: "Africa/Luanda"
          },
          {
            name: "Africa/Lubumbashi",
            value: "Africa/Lubumbashi"
          },
          {
            name: "Africa/Lusaka",
            value: "Africa/Lusaka"
          },
          {
            name: "Africa/Malabo",
            value: "Africa/Malabo"
          },
          {
            name: "Africa/Maputo",
            value: "Africa/Maputo"
          },
          {
            name: "Africa/Maseru",
            value: "Africa/Maseru"
          },
          {
            name: "Africa/Mbabane",
            value: "Africa/Mbabane"
          },
          {
            name: "Africa/Mogadishu",
            value: "Africa/Mogadishu"
          },
          {
            name: "Africa/Monrovia",
            value: "Africa/Monrovia"
          },
          {
            name: "Africa/Nairobi",
            value: "Africa/Nairobi"
          },
          {
            name: "Africa/Ndjamena",
            value: "Africa/Ndjamena"
          },
          {
            name: "Africa/Niamey",
            value: "Africa/Niamey"
          },
          {
            name: "Africa/Nouakchott",
            value: "Africa/Nouakchott"
          },
          {
            name: "Africa/Ouagadougou",
            value: "Africa/Ouagadougou"
          },
          {
            name: "Africa/Porto-Novo",
            value: "Africa/Porto-Novo"
          },
          {
            name: "Africa/Sao Tome",
            value: "Africa/Sao_Tome"
          },
          {
            name: "Africa/Tripoli",
            value: "Africa/Tripoli"
          },
          {
            name: "Africa/Tunis",
            value: "Africa/Tunis"
          },
          {
            name: "Africa/Windhoek",
            value: "Africa/Windhoek"
          },
          {
            name: "America/Adak",
            value: "America/Adak"
          },
          {
            name: "America/Anchorage",
            value: "America/Anchorage"
          },
          {
            name: "America/Anguilla",
            value: "America/Anguilla"
          },
          {
            name: "America/Antigua",
            value: "America/Antigua"
          },
          {
            name: "America/Araguaina",
            value: "America/Araguaina"
          },
          {
            name: "America/Argentina/La Rioja",
            value: "America/Argentina/La_Rioja"
          },
          {
            name: "America/Argentina/Rio Gallegos",
            value: "America/Argentina/Rio_Gallegos"
          },
          {
            name: "America/Argentina/Salta",
            value: "America/Argentina/Salta"
          },
          {
            name: "America/Argentina/San Juan",
            value: "America/Argentina/San_Juan"
          },
          {
            name: "America/Argentina/San Luis",
            value: "America/Argentina/San_Luis"
          },
          {
            name: "America/Argentina/Tucuman",
            value: "America/Argentina/Tucuman"
          },
          {
            name: "America/Argentina/Ushuaia",
            value: "America/Argentina/Ushuaia"
          },
          {
            name: "America/Aruba",
            value: "America/Aruba"
          },
          {
            name: "America/Asuncion",
            value: "America/Asuncion"
          },
          {
            name: "America/Bahia",
            value: "America/Bahia"
          },
          {
            name: "America/Bahia Banderas",
            value: "America/Bahia_Banderas"
          },
          {
            name: "America/Barbados",
            value: "America/Barbados"
          },
          {
            name: "America/Belem",
            value: "America/Belem"
          },
          {
            name: "America/Belize",
            value: "America/Belize"
          },
          {
            name: "America/Blanc-Sablon",
            value: "America/Blanc-Sablon"
          },
          {
            name: "America/Boa Vista",
            value: "America/Boa_Vista"
          },
          {
            name: "America/Bogota",
            value: "America/Bogota"
          },
          {
            name: "America/Boise",
            value: "America/Boise"
          },
          {
            name: "America/Buenos Aires",
            value: "America/Buenos_Aires"
          },
          {
            name: "America/Cambridge Bay",
            value: "America/Cambridge_Bay"
          },
          {
            name: "America/Campo Grande",
            value: "America/Campo_Grande"
          },
          {
            name: "America/Cancun",
            value: "America/Cancun"
          },
          {
            name: "America/Caracas",
            value: "America/Caracas"
          },
          {
            name: "America/Catamarca",
            value: "America/Catamarca"
          },
          {
            name: "America/Cayenne",
            value: "America/Cayenne"
          },
          {
            name: "America/Cayman",
            value: "America/Cayman"
          },
          {
            name: "America/Chicago",
            value: "America/Chicago"
          },
          {
            name: "America/Chihuahua",
            value: "America/Chihuahua"
          },
          {
            name: "America/Ciudad Juarez",
            value: "America/Ciudad_Juarez"
          },
          {
            name: "America/Coral Harbour",
            value: "America/Coral_Harbour"
          },
          {
            name: "America/Cordoba",
            value: "America/Cordoba"
          },
          {
            name: "America/Costa Rica",
            value: "America/Costa_Rica"
          },
          {
            name: "America/Coyhaique",
            value: "America/Coyhaique"
          },
          {
            name: "America/Creston",
            value: "America/Creston"
          },
          {
            name: "America/Cuiaba",
            value: "America/Cuiaba"
          },
          {
            name: "America/Curacao",
            value: "America/Curacao"
          },
          {
            name: "America/Danmarkshavn",
            value: "America/Danmarkshavn"
          },
          {
            name: "America/Dawson",
            value: "America/Dawson"
          },
          {
            name: "America/Dawson Creek",
            value: "America/Dawson_Creek"
          },
          {
            name: "America/Denver",
            value: "America/Denver"
          },
          {
            name: "America/Detroit",
            value: "America/Detroit"
          },
          {
            name: "America/Dominica",
            value: "America/Dominica"
          },
          {
            name: "America/Edmonton",
            value: "America/Edmonton"
          },
          {
            name: "America/Eirunepe",
            value: "America/Eirunepe"
          },
          {
            name: "America/El Salvador",
            value: "America/El_Salvador"
          },
          {
            name: "America/Fort Nelson",
            value: "America/Fort_Nelson"
          },
          {
            name: "America/Fortaleza",
            value: "America/Fortaleza"
          },
          {
            name: "America/Glace Bay",
            value: "America/Glace_Bay"
          },
          {
            name: "America/Goose Bay",
            value: "America/Goose_Bay"
          },
          {
            name: "America/Grand Turk",
            value: "America/Grand_Turk"
          },
          {
            name: "America/Grenada",
            value: "America/Grenada"
          },
          {
            name: "America/Guadeloupe",
            value: "America/Guadeloupe"
          },
          {
            name: "America/Guatemala",
            value: "America/Guatemala"
          },
          {
            name: "America/Guayaquil",
            value: "America/Guayaquil"
          },
          {
            name: "America/Guyana",
            value: "America/Guyana"
          },
          {
            name: "America/Halifax",
            value: "America/Halifax"
          },
          {
            name: "America/Havana",
            value: "America/Havana"
          },
          {
            name: "America/Hermosillo",
            value: "America/Hermosillo"
          },
          {
            name: "America/Indiana/Knox",
            value: "America/Indiana/Knox"
          },
          {
            name: "America/Indiana/Marengo",
            value: "America/Indiana/Marengo"
          },
          {
            name: "America/Indiana/Petersburg",
            value: "America/Indiana/Petersburg"
          },
          {
            name: "America/Indiana/Tell City",
            value: "America/Indiana/Tell_City"
          },
          {
            name: "America/Indiana/Vevay",
            value: "America/Indiana/Vevay"
          },
          {
            name: "America/Indiana/Vincennes",
            value: "America/Indiana/Vincennes"
          },
          {
            name: "America/Indiana/Winamac",
            value: "America/Indiana/Winamac"
          },
          {
            name: "America/Indianapolis",
            value: "America/Indianapolis"
          },
          {
            name: "America/Inuvik",
            value: "America/Inuvik"
          },
          {
            name: "America/Iqaluit",
            value: "America/Iqaluit"
          },
          {
            name: "America/Jamaica",
            value: "America/Jamaica"
          },
          {
            name: "America/Jujuy",
            value: "America/Jujuy"
          },
          {
            name: "America/Juneau",
            value: "America/Juneau"
          },
          {
            name: "America/Kentucky/Monticello",
            value: "America/Kentucky/Monticello"
          },
          {
            name: "America/Kralendijk",
            value: "America/Kralendijk"
          },
          {
            name: "America/La Paz",
            value: "America/La_Paz"
          },
          {
            name: "America/Lima",
            value: "America/Lima"
          },
          {
            name: "America/Los Angeles",
            value: "America/Los_Angeles"
          },
          {
            name: "America/Louisville",
            value: "America/Louisville"
          },
          {
            name: "America/Lower Princes",
            value: "America/Lower_Princes"
          },
          {
            name: "America/Maceio",
            value: "America/Maceio"
          },
          {
            name: "America/Managua",
            value: "America/Managua"
          },
          {
            name: "America/Manaus",
            value: "America/Manaus"
          },
          {
            name: "America/Marigot",
            value: "America/Marigot"
          },
          {
            name: "America/Martinique",
            value: "America/Martinique"
          },
          {
            name: "America/Matamoros",
            value: "America/Matamoros"
          },
          {
            name: "America/Mazatlan",
            value: "America/Mazatlan"
          },
          {
            name: "America/Mendoza",
            value: "America/Mendoza"
          },
          {
            name: "America/Menominee",
            value: "America/Menominee"
          },
          {
            name: "America/Merida",
            value: "America/Merida"
          },
          {
            name: "America/Metlakatla",
            value: "America/Metlakatla"
          },
          {
            name: "America/Mexico City",
            value: "America/Mexico_City"
          },
          {
            name: "America/Miquelon",
            value: "America/Miquelon"
          },
          {
            name: "America/Moncton",
            value: "America/Moncton"
          },
          {
            name: "America/Monterrey",
            value: "America/Monterrey"
          },
          {
            name: "America/Montevideo",
            value: "America/Montevideo"
          },
          {
            name: "America/Montserrat",
            value: "America/Montserrat"
          },
          {
            name: "America/Nassau",
            value: "America/Nassau"
          },
          {
            name: "America/New York",
            value: "America/New_York"
          },
          {
            name: "America/Nome",
            value: "America/Nome"
          },
          {
            name: "America/Noronha",
            value: "America/Noronha"
          },
          {
            name: "America/North Dakota/Beulah",
            value: "America/North_Dakota/Beulah"
          },
          {
            name: "America/North Dakota/Center",
            value: "America/North_Dakota/Center"
          },
          {
            name: "America/North Dakota/New Salem",
            value: "America/North_Dakota/New_Salem"
          },
          {
            name: "America/Nuuk",
            value: "America/Nuuk"
          },
          {
            name: "America/Ojinaga",
            value: "America/Ojinaga"
          },
          {
            name: "America/Panama",
            value: "America/Panama"
          },
          {
            name: "America/Paramaribo",
            value: "America/Paramaribo"
          },
          {
            name: "America/Phoenix",
            value: "America/Phoenix"
          },
          {
            name: "America/Port of Spain",
            value: "America/Port_of_Spain"
          },
          {
            name: "America/Port-au-Prince",
            value: "America/Port-au-Prince"
          },
          {
            name: "America/Porto Velho",
            value: "America/Porto_Velho"
          },
          {
            name: "America/Puerto Rico",
            value: "America/Puerto_Rico"
          },
          {
            name: "America/Punta Arenas",
            value: "America/Punta_Arenas"
          },
          {
            name: "America/Rankin Inlet",
            value: "America/Rankin_Inlet"
          },
          {
            name: "America/Recife",
            value: "America/Recife"
          },
          {
            name: "America/Regina",
            value: "America/Regina"
          },
          {
            name: "America/Resolute",
            value: "America/Resolute"
          },
          {
            name: "America/Rio Branco",
            value: "America/Rio_Branco"
          },
          {
            name: "America/Santarem",
            value: "America/Santarem"
          },
          {
            name: "America/Santiago",
            value: "America/Santiago"
          },
          {
            name: "America/Santo Domingo",
            value: "America/Santo_Domingo"
          },
          {
            name: "America/Sao Paulo",
            value: "America/Sao_Paulo"
          },
          {
            name: "America/Scoresbysund",
            value: "America/Scoresbysund"
          },
          {
            name: "America/Sitka",
            value: "America/Sitka"
          },
          {
            name: "America/St Barthelemy",
            value: "America/St_Barthelemy"
          },
          {
            name: "America/St Johns",
            value: "America/St_Johns"
          },
          {
            name: "America/St Kitts",
            value: "America/St_Kitts"
          },
          {
            name: "America/St Lucia",
            value: "America/St_Lucia"
          },
          {
            name: "America/St Thomas",
            value: "America/St_Thomas"
          },
          {
            name: "America/St Vincent",
            value: "America/St_Vincent"
          },
          {
            name: "America/Swift Current",
            value: "America/Swift_Current"
          },
          {
            name: "America/Tegucigalpa",
            value: "America/Tegucigalpa"
          },
          {
            name: "America/Thule",
            value: "America/Thule"
          },
          {
            name: "America/Tijuana",
            value: "America/Tijuana"
          },
          {
            name: "America/Toronto",
            value: "America/Toronto"
          },
          {
            name: "America/Tortola",
            value: "America/Tortola"
          },
          {
            name: "America/Vancouver",
            value: "America/Vancouver"
          },
          {
            name: "America/Whitehorse",
            value: "America/Whitehorse"
          },
          {
            name: "America/Winnipeg",
            value: "America/Winnipeg"
          },
          {
            name: "America/Yakutat",
            value: "America/Yakutat"
          },
          {
            name: "Antarctica/Casey",
            value: "Antarctica/Casey"
          },
          {
            name: "Antarctica/Davis",
            value: "Antarctica/Davis"
          },
          {
            name: "Antarctica/DumontDUrville",
            value: "Antarctica/DumontDUrville"
          },
          {
            name: "Antarctica/Macquarie",
            value: "Antarctica/Macquarie"
          },
          {
            name: "Antarctica/Mawson",
            value: "Antarctica/Mawson"
          },
          {
            name: "Antarctica/McMurdo",
            value: "Antarctica/McMurdo"
          },
          {
            name: "Antarctica/Palmer",
            value: "Antarctica/Palmer"
          },
          {
            name: "Antarctica/Rothera",
            value: "Antarctica/Rothera"
          },
          {
            name: "Antarctica/Syowa",
            value: "Antarctica/Syowa"
          },
          {
            name: "Antarctica/Troll",
            value: "Antarctica/Troll"
          },
          {
            name: "Antarctica/Vostok",
            value: "Antarctica/Vostok"
          },
          {
            name: "Arctic/Longyearbyen",
            value: "Arctic/Longyearbyen"
          },
          {
            name: "Asia/Aden",
            value: "Asia/Aden"
          },
          {
            name: "Asia/Almaty",
            value: "Asia/Almaty"
          },
          {
            name: "Asia/Amman",
            value: "Asia/Amman"
          },
          {
            name: "Asia/Anadyr",
            value: "Asia/Anadyr"
          },
          {
            name: "Asia/Aqtau",
            value: "Asia/Aqtau"
          },
          {
            name: "Asia/Aqtobe",
            value: "Asia/Aqtobe"
          },
          {
            name: "Asia/Ashgabat",
            value: "Asia/Ashgabat"
          },
          {
            name: "Asia/Atyrau",
            value: "Asia/Atyrau"
          },
          {
            name: "Asia/Baghdad",
            value: "Asia/Baghdad"
          },
          {
            name: "Asia/Bahrain",
            value: "Asia/Bahrain"
          },
          {
            name: "Asia/Baku",
            value: "Asia/Baku"
          },
          {
            name: "Asia/Bangkok",
            value: "Asia/Bangkok"
          },
          {
            name: "Asia/Barnaul",
            value: "Asia/Barnaul"
          },
          {
            name: "Asia/Beirut",
            value: "Asia/Beirut"
          },
          {
            name: "Asia/Bishkek",
            value: "Asia/Bishkek"
          },
          {
            name: "Asia/Brunei",
            value: "Asia/Brunei"
          },
          {
            name: "Asia/Chita",
            value: "Asia/Chita"
          },
          {
            name: "Asia/Colombo",
            value: "Asia/Colombo"
          },
          {
            name: "Asia/Damascus",
            value: "Asia/Damascus"
          },
          {
            name: "Asia/Dhaka",
            value: "Asia/Dhaka"
          },
          {
            name: "Asia/Dili",
            value: "Asia/Dili"
          },
          {
            name: "Asia/Dubai",
            value: "Asia/Dubai"
          },
          {
            name: "Asia/Dushanbe",
            value: "Asia/Dushanbe"
          },
          {
            name: "Asia/Famagusta",
            value: "Asia/Famagusta"
          },
          {
            name: "Asia/Gaza",
            value: "Asia/Gaza"
          },
          {
            name: "Asia/Hebron",
            value: "Asia/Hebron"
          },
          {
            name: "Asia/Ho Chi Minh",
            value: "Asia/Ho_Chi_Minh"
          },
          {
            name: "Asia/Hong Kong",
            value: "Asia/Hong_Kong"
          },
          {
            name: "Asia/Hovd",
            value: "Asia/Hovd"
          },
          {
            name: "Asia/Irkutsk",
            value: "Asia/Irkutsk"
          },
          {
            name: "Asia/Jakarta",
            value: "Asia/Jakarta"
          },
          {
            name: "Asia/Jayapura",
            value: "Asia/Jayapura"
          },
          {
            name: "Asia/Jerusalem",
            value: "Asia/Jerusalem"
          },
          {
            name: "Asia/Kabul",
            value: "Asia/Kabul"
          },
          {
            name: "Asia/Kamchatka",
            value: "Asia/Kamchatka"
          },
          {
            name: "Asia/Karachi",
            value: "Asia/Karachi"
          },
          {
            name: "Asia/Kathmandu",
            value: "Asia/Kathmandu"
          },
          {
            name: "Asia/Khandyga",
            value: "Asia/Khandyga"
          },
          {
            name: "Asia/Kolkata",
            value: "Asia/Kolkata"
          },
          {
            name: "Asia/Krasnoyarsk",
            value: "Asia/Krasnoyarsk"
          },
          {
            name: "Asia/Kuala Lumpur",
            value: "Asia/Kuala_Lumpur"
          },
          {
            name: "Asia/Kuching",
            value: "Asia/Kuching"
          },
          {
            name: "Asia/Kuwait",
            value: "Asia/Kuwait"
          },
          {
            name: "Asia/Macau",
            value: "Asia/Macau"
          },
          {
            name: "Asia/Magadan",
            value: "Asia/Magadan"
          },
          {
            name: "Asia/Makassar",
            value: "Asia/Makassar"
          },
          {
            name: "Asia/Manila",
            value: "Asia/Manila"
          },
          {
            name: "Asia/Muscat",
            value: "Asia/Muscat"
          },
          {
            name: "Asia/Nicosia",
            value: "Asia/Nicosia"
          },
          {
            name: "Asia/Novokuznetsk",
            value: "Asia/Novokuznetsk"
          },
          {
            name: "Asia/Novosibirsk",
            value: "Asia/Novosibirsk"
          },
          {
            name: "Asia/Omsk",
            value: "Asia/Omsk"
          },
          {
            name: "Asia/Oral",
            value: "Asia/Oral"
          },
          {
            name: "Asia/Phnom Penh",
            value: "Asia/Phnom_Penh"
          },
          {
            name: "Asia/Pontianak",
            value: "Asia/Pontianak"
          },
          {
            name: "Asia/Pyongyang",
            value: "Asia/Pyongyang"
          },
          {
            name: "Asia/Qatar",
            value: "Asia/Qatar"
          },
          {
            name: "Asia/Qostanay",
            value: "Asia/Qostanay"
          },
          {
            name: "Asia/Qyzylorda",
            value: "Asia/Qyzylorda"
          },
          {
            name: "Asia/Riyadh",
            value: "Asia/Riyadh"
          },
          {
            name: "Asia/Sakhalin",
            value: "Asia/Sakhalin"
          },
          {
            name: "Asia/Samarkand",
            value: "Asia/Samarkand"
          },
          {
            name: "Asia/Seoul",
            value: "Asia/Seoul"
          },
          {
            name: "Asia/Shanghai",
            value: "Asia/Shanghai"
          },
          {
            name: "Asia/Singapore",
            value: "Asia/Singapore"
          },
          {
            name: "Asia/Srednekolymsk",
            value: "Asia/Srednekolymsk"
          },
          {
            name: "Asia/Taipei",
            value: "Asia/Taipei"
          },
          {
            name: "Asia/Tashkent",
            value: "Asia/Tashkent"
          },
          {
            name: "Asia/Tbilisi",
            value: "Asia/Tbilisi"
          },
          {
            name: "Asia/Tehran",
            value: "Asia/Tehran"
          },
          {
            name: "Asia/Thimphu",
            value: "Asia/Thimphu"
          },
          {
            name: "Asia/Tokyo",
            value: "Asia/Tokyo"
          },
          {
            name: "Asia/Tomsk",
            value: "Asia/Tomsk"
          },
          {
            name: "Asia/Ulaanbaatar",
            value: "Asia/Ulaanbaatar"
          },
          {
            name: "Asia/Urumqi",
            value: "Asia/Urumqi"
          },
          {
            name: "Asia/Ust-Nera",
            value: "Asia/Ust-Nera"
          },
          {
            name: "Asia/Vientiane",
            value: "Asia/Vientiane"
          },
          {
            name: "Asia/Vladivostok",
            value: "Asia/Vladivostok"
          },
          {
            name: "Asia/Yakutsk",
            value: "Asia/Yakutsk"
          },
          {
            name: "Asia/Yangon",
            value: "Asia/Yangon"
          },
          {
            name: "Asia/Yekaterinburg",
            value: "Asia/Yekaterinburg"
          },
          {
            name: "Asia/Yerevan",
            value: "Asia/Yerevan"
          },
          {
            name: "Atlantic/Azores",
            value: "Atlantic/Azores"
          },
          {
            name: "Atlantic/Bermuda",
            value: "Atlantic/Bermuda"
          },
          {
            name: "Atlantic/Canary",
            value: "Atlantic/Canary"
          },
          {
            name: "Atlantic/Cape Verde",
            value: "Atlantic/Cape_Verde"
          },
          {
            name: "Atlantic/Faroe",
            value: "Atlantic/Faroe"
          },
          {
            name: "Atlantic/Madeira",
            value: "Atlantic/Madeira"
          },
          {
            name: "Atlantic/Reykjavik",
            value: "Atlantic/Reykjavik"
          },
          {
            name: "Atlantic/South Georgia",
            value: "Atlantic/South_Georgia"
          },
          {
            name: "Atlantic/St Helena",
            value: "Atlantic/St_Helena"
          },
          {
            name: "Atlantic/Stanley",
            value: "Atlantic/Stanley"
          },
          {
            name: "Australia/Adelaide",
            value: "Australia/Adelaide"
          },
          {
            name: "Australia/Brisbane",
            value: "Australia/Brisbane"
          },
          {
            name: "Australia/Broken Hill",
            value: "Australia/Broken_Hill"
          },
          {
            name: "Australia/Darwin",
            value: "Australia/Darwin"
          },
          {
            name: "Australia/Eucla",
            value: "Australia/Eucla"
          },
          {
            name: "Australia/Hobart",
            value: "Australia/Hobart"
          },
          {
            name: "Australia/Lindeman",
            value: "Australia/Lindeman"
          },
          {
            name: "Australia/Lord Howe",
            value: "Australia/Lord_Howe"
          },
          {
            name: "Australia/Melbourne",
            value: "Australia/Melbourne"
          },
          {
            name: "Australia/Perth",
            value: "Australia/Perth"
          },
          {
            name: "Australia/Sydney",
            value: "Australia/Sydney"
          },
          {
            name: "Europe/Amsterdam",
            value: "Europe/Amsterdam"
          },
          {
            name: "Europe/Andorra",
            value: "Europe/Andorra"
          },
          {
            name: "Europe/Astrakhan",
            value: "Europe/Astrakhan"
          },
          {
            name: "Europe/Athens",
            value: "Europe/Athens"
          },
          {
            name: "Europe/Belgrade",
            value: "Europe/Belgrade"
          },
          {
            name: "Europe/Berlin",
            value: "Europe/Berlin"
          },
          {
            name: "Europe/Bratislava",
            value: "Europe/Bratislava"
          },
          {
            name: "Europe/Brussels",
            value: "Europe/Brussels"
          },
          {
            name: "Europe/Bucharest",
            value: "Europe/Bucharest"
          },
          {
            name: "Europe/Budapest",
            value: "Europe/Budapest"
          },
          {
            name: "Europe/Busingen",
            value: "Europe/Busingen"
          },
          {
            name: "Europe/Chisinau",
            value: "Europe/Chisinau"
          },
          {
            name: "Europe/Copenhagen",
            value: "Europe/Copenhagen"
          },
          {
            name: "Europe/Dublin",
            value: "Europe/Dublin"
          },
          {
            name: "Europe/Gibraltar",
            value: "Europe/Gibraltar"
          },
          {
            name: "Europe/Guernsey",
            value: "Europe/Guernsey"
          },
          {
            name: "Europe/Helsinki",
            value: "Europe/Helsinki"
          },
          {
            name: "Europe/Isle of Man",
            value: "Europe/Isle_of_Man"
          },
          {
            name: "Europe/Istanbul",
            value: "Europe/Istanbul"
          },
          {
            name: "Europe/Jersey",
            value: "Europe/Jersey"
          },
          {
            name: "Europe/Kaliningrad",
            value: "Europe/Kaliningrad"
          },
          {
            name: "Europe/Kirov",
            value: "Europe/Kirov"
          },
          {
            name: "Europe/Kyiv",
            value: "Europe/Kyiv"
          },
          {
            name: "Europe/Lisbon",
            value: "Europe/Lisbon"
          },
          {
            name: "Europe/Ljubljana",
            value: "Europe/Ljubljana"
          },
          {
            name: "Europe/London",
            value: "Europe/London"
          },
          {
            name: "Europe/Luxembourg",
            value: "Europe/Luxembourg"
          },
          {
            name: "Europe/Madrid",
            value: "Europe/Madrid"
          },
          {
            name: "Europe/Malta",
            value: "Europe/Malta"
          },
          {
            name: "Europe/Mariehamn",
            value: "Europe/Mariehamn"
          },
          {
            name: "Europe/Minsk",
            value: "Europe/Minsk"
          },
          {
            name: "Europe/Monaco",
            value: "Europe/Monaco"
          },
          {
            name: "Europe/Moscow",
            value: "Europe/Moscow"
          },
          {
            name: "Europe/Oslo",
            value: "Europe/Oslo"
          },
          {
            name: "Europe/Paris",
            value: "Europe/Paris"
          },
          {
            name: "Europe/Podgorica",
            value: "Europe/Podgorica"
          },
          {
            name: "Europe/Prague",
            value: "Europe/Prague"
          },
          {
            name: "Europe/Riga",
            value: "Europe/Riga"
          },
          {
            name: "Europe/Rome",
            value: "Europe/Rome"
          },
          {
            name: "Europe/Samara",
            value: "Europe/Samara"
          },
          {
            name: "Europe/San Marino",
            value: "Europe/San_Marino"
          },
          {
            name: "Europe/Sarajevo",
            value: "Europe/Sarajevo"
          },
          {
            name: "Europe/Saratov",
            value: "Europe/Saratov"
          },
          {
            name: "Europe/Simferopol",
            value: "Europe/Simferopol"
          },
          {
            name: "Europe/Skopje",
            value: "Europe/Skopje"
          },
          {
            name: "Europe/Sofia",
            value: "Europe/Sofia"
          },
          {
            name: "Europe/Stockholm",
            value: "Europe/Stockholm"
          },
          {
            name: "Europe/Tallinn",
            value: "Europe/Tallinn"
          },
          {
            name: "Europe/Tirane",
            value: "Europe/Tirane"
          },
          {
            name: "Europe/Ulyanovsk",
            value: "Europe/Ulyanovsk"
          },
          {
            name: "Europe/Vaduz",
            value: "Europe/Vaduz"
          },
          {
            name: "Europe/Vatican",
            value: "Europe/Vatican"
          },
          {
            name: "Europe/Vienna",
            value: "Europe/Vienna"
          },
          {
            name: "Europe/Vilnius",
            value: "Europe/Vilnius"
          },
          {
            name: "Europe/Volgograd",
            value: "Europe/Volgograd"
          },
          {
            name: "Europe/Warsaw",
            value: "Europe/Warsaw"
          },
          {
            name: "Europe/Zagreb",
            value: "Europe/Zagreb"
          },
          {
            name: "Europe/Zurich",
            value: "Europe/Zurich"
          },
          {
            name: "Indian/Antananarivo",
            value: "Indian/Antananarivo"
          },
          {
            name: "Indian/Chagos",
            value: "Indian/Chagos"
          },
          {
            name: "Indian/Christmas",
            value: "Indian/Christmas"
          },
          {
            name: "Indian/Cocos",
            value: "Indian/Cocos"
          },
          {
            name: "Indian/Comoro",
            value: "Indian/Comoro"
          },
          {
            name: "Indian/Kerguelen",
            value: "Indian/Kerguelen"
          },
          {
            name: "Indian/Mahe",
            value: "Indian/Mahe"
          },
          {
            name: "Indian/Maldives",
            value: "Indian/Maldives"
          },
          {
            name: "Indian/Mauritius",
            value: "Indian/Mauritius"
          },
          {
            name: "Indian/Mayotte",
            value: "Indian/Mayotte"
          },
          {
            name: "Indian/Reunion",
            value: "Indian/Reunion"
          },
          {
            name: "Pacific/Apia",
            value: "Pacific/Apia"
          },
          {
            name: "Pacific/Auckland",
            value: "Pacific/Auckland"
          },
          {
            name: "Pacific/Bougainville",
            value: "Pacific/Bougainville"
          },
          {
            name: "Pacific/Chatham",
            value: "Pacific/Chatham"
          },
          {
            name: "Pacific/Chuuk",
            value: "Pacific/Chuuk"
          },
          {
            name: "Pacific/Easter",
            value: "Pacific/Easter"
          },
          {
            name: "Pacific/Efate",
            value: "Pacific/Efate"
          },
          {
            name: "Pacific/Fakaofo",
            value: "Pacific/Fakaofo"
          },
          {
            name: "Pacific/Fiji",
            value: "Pacific/Fiji"
          },
          {
            name: "Pacific/Funafuti",
            value: "Pacific/Funafuti"
          },
          {
            name: "Pacific/Galapagos",
            value: "Pacific/Galapagos"
          },
          {
            name: "Pacific/Gambier",
            value: "Pacific/Gambier"
          },
          {
            name: "Pacific/Guadalcanal",
            value: "Pacific/Guadalcanal"
          },
          {
            name: "Pacific/Guam",
            value: "Pacific/Guam"
          },
          {
            name: "Pacific/Honolulu",
            value: "Pacific/Honolulu"
          },
          {
            name: "Pacific/Kanton",
            value: "Pacific/Kanton"
          },
          {
            name: "Pacific/Kiritimati",
            value: "Pacific/Kiritimati"
          },
          {
            name: "Pacific/Kosrae",
            value: "Pacific/Kosrae"
          },
          {
            name: "Pacific/Kwajalein",
            value: "Pacific/Kwajalein"
          },
          {
            name: "Pacific/Majuro",
            value: "Pacific/Majuro"
          },
          {
            name: "Pacific/Marquesas",
            value: "Pacific/Marquesas"
          },
          {
            name: "Pacific/Midway",
            value: "Pacific/Midway"
          },
          {
            name: "Pacific/Nauru",
            value: "Pacific/Nauru"
          },
          {
            name: "Pacific/Niue",
            value: "Pacific/Niue"
          },
          {
            name: "Pacific/Norfolk",
            value: "Pacific/Norfolk"
          },
          {
            name: "Pacific/Noumea",
            value: "Pacific/Noumea"
          },
          {
            name: "Pacific/Pago Pago",
            value: "Pacific/Pago_Pago"
          },
          {
            name: "Pacific/Palau",
            value: "Pacific/Palau"
          },
          {
            name: "Pacific/Pitcairn",
            value: "Pacific/Pitcairn"
          },
          {
            name: "Pacific/Pohnpei",
            value: "Pacific/Pohnpei"
          },
          {
            name: "Pacific/Port Moresby",
            value: "Pacific/Port_Moresby"
          },
          {
            name: "Pacific/Rarotonga",
            value: "Pacific/Rarotonga"
          },
          {
            name: "Pacific/Saipan",
            value: "Pacific/Saipan"
          },
          {
            name: "Pacific/Tahiti",
            value: "Pacific/Tahiti"
          },
          {
            name: "Pacific/Tarawa",
            value: "Pacific/Tarawa"
          },
          {
            name: "Pacific/Tongatapu",
            value: "Pacific/Tongatapu"
          },
          {
            name: "Pacific/Wake",
            value: "Pacific/Wake"
          },
          {
            name: "Pacific/Wallis",
            value: "Pacific/Wallis"
          },
          {
            name: "UTC",
            value: "UTC"
          }
        ],
        default: "Africa/Abidjan"
      },
      {
        displayName: "Work Days",
        name: "work_days",
        description: "The person’s work days: numbers from 1 (Monday) to 7 (Sunday) or day names. Only works if your organization lets members set their work days. Leave empty to keep it as it is.",
        type: "multiOptions",
        options: [
          {
            name: "Friday",
            value: "5"
          },
          {
            name: "Monday",
            value: "1"
          },
          {
            name: "Saturday",
            value: "6"
          },
          {
            name: "Sunday",
            value: "7"
          },
          {
            name: "Thursday",
            value: "4"
          },
          {
            name: "Tuesday",
            value: "2"
          },
          {
            name: "Wednesday",
            value: "3"
          }
        ],
        default: []
      },
      {
        displayName: "Work Start Time",
        name: "hour_init_work",
        description: "When the workday starts, written HH:MM (24-hour). Leave empty to keep it as it is.",
        type: "string",
        default: ""
      }
    ]
  },
  {
    displayName: "User",
    name: "query",
    description: "A DailyBot user ID, an email address, a full name or a chat-platform user ID (such as a Slack member ID), matched exactly (case does not matter). If two people share a full name, the first one DailyBot lists is found: use an email address to be sure.",
    required: true,
    type: "string",
    default: "",
    displayOptions: {
      show: {
        resource: [
          "user"
        ],
        operation: [
          "find_user"
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
    required: true,
    description: "The form to fill in. Its questions appear below once it is picked.",
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
        resource: [
          "formResponse"
        ],
        operation: [
          "submit_form_response"
        ]
      }
    }
  },
  {
    displayName: "Answers",
    name: "fields",
    type: "resourceMapper",
    noDataExpression: true,
    default: {
      mappingMode: "defineBelow",
      value: null
    },
    required: true,
    displayOptions: {
      show: {
        resource: [
          "formResponse"
        ],
        operation: [
          "submit_form_response"
        ]
      }
    },
    typeOptions: {
      loadOptionsDependsOn: [
        "form.value"
      ],
      resourceMapper: {
        resourceMapperMethod: "stepFields",
        mode: "add",
        fieldWords: {
          singular: "answer",
          plural: "answers"
        },
        addAllFields: true,
        multiKeyMatch: false,
        supportAutoMap: false,
        noFieldsError: "Choose one first: its questions appear here."
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "formResponse"
        ],
        operation: [
          "submit_form_response"
        ]
      }
    },
    options: [
      {
        displayName: "Anonymous",
        name: "anonymous",
        description: "Yes shows a random name instead of the submitter in DailyBot’s notifications",
        type: "boolean",
        default: false
      },
      {
        displayName: "Guest Email",
        name: "guest_email",
        description: "The email of the person this response is from. Forms set to require a name and email need it.",
        type: "string",
        default: ""
      },
      {
        displayName: "Guest Full Name",
        name: "guest_full_name",
        description: "The name of the person this response is from, shown with the response. Forms set to require a name and email need it.",
        type: "string",
        default: ""
      }
    ]
  },
  {
    displayName: "Form",
    name: "form",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The form the response belongs to",
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
        resource: [
          "formResponse"
        ],
        operation: [
          "change_form_response_state"
        ]
      }
    }
  },
  {
    displayName: "Response",
    name: "response",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The form response to move: pick it (the form’s responses, newest first), find it with Find Form Response, or map the Response ID from a form trigger or Submit Form Response",
    modes: [
      {
        displayName: "From List",
        name: "list",
        type: "list",
        typeOptions: {
          searchListMethod: "list_form_responses",
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
        resource: [
          "formResponse"
        ],
        operation: [
          "change_form_response_state"
        ]
      }
    }
  },
  {
    displayName: "Move To State",
    name: "to_state",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The workflow state to move the response to. With a response picked or typed in, the list shows only the moves DailyBot allows for it.",
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
    ],
    displayOptions: {
      show: {
        resource: [
          "formResponse"
        ],
        operation: [
          "change_form_response_state"
        ]
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "formResponse"
        ],
        operation: [
          "change_form_response_state"
        ]
      }
    },
    options: [
      {
        displayName: "Note",
        name: "note",
        description: "A note kept in the response’s state history with this move",
        type: "string",
        typeOptions: {
          rows: 4
        },
        default: ""
      }
    ]
  },
  {
    displayName: "Form",
    name: "form",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The form the response belongs to. Its questions appear below once it is picked.",
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
        resource: [
          "formResponse"
        ],
        operation: [
          "update_form_response"
        ]
      }
    }
  },
  {
    displayName: "Response",
    name: "response",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The response to change: pick it (the form’s responses, newest first), find it with Find Form Response, or map its Response ID",
    modes: [
      {
        displayName: "From List",
        name: "list",
        type: "list",
        typeOptions: {
          searchListMethod: "list_form_responses",
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
        resource: [
          "formResponse"
        ],
        operation: [
          "update_form_response"
        ]
      }
    }
  },
  {
    displayName: "Answers",
    name: "fields",
    type: "resourceMapper",
    noDataExpression: true,
    default: {
      mappingMode: "defineBelow",
      value: null
    },
    required: true,
    displayOptions: {
      show: {
        resource: [
          "formResponse"
        ],
        operation: [
          "update_form_response"
        ]
      }
    },
    typeOptions: {
      loadOptionsDependsOn: [
        "form.value"
      ],
      resourceMapper: {
        resourceMapperMethod: "stepFields",
        mode: "add",
        fieldWords: {
          singular: "answer",
          plural: "answers"
        },
        addAllFields: true,
        multiKeyMatch: false,
        supportAutoMap: false,
        noFieldsError: "Choose one first: its questions appear here."
      }
    }
  },
  {
    displayName: "<b>Deleting a form response cannot be undone.</b> DailyBot removes the response with its answers and its state history. To change its answers instead, use <b>Update Form Response</b>; to move it to another state, <b>Move Form Response</b>.",
    name: "delete_warning",
    type: "notice",
    default: "",
    displayOptions: {
      show: {
        resource: [
          "formResponse"
        ],
        operation: [
          "delete_form_response"
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
    required: true,
    description: "The form the response belongs to",
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
        resource: [
          "formResponse"
        ],
        operation: [
          "delete_form_response"
        ]
      }
    }
  },
  {
    displayName: "Response",
    name: "response",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The response to delete. This cannot be undone.",
    modes: [
      {
        displayName: "From List",
        name: "list",
        type: "list",
        typeOptions: {
          searchListMethod: "list_form_responses",
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
        resource: [
          "formResponse"
        ],
        operation: [
          "delete_form_response"
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
    required: true,
    description: "The form whose responses to search",
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
        resource: [
          "formResponse"
        ],
        operation: [
          "find_form_response"
        ]
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "formResponse"
        ],
        operation: [
          "find_form_response"
        ]
      }
    },
    options: [
      {
        displayName: "Approval Status",
        name: "status",
        description: "Only responses with this approval status (forms with an approval flow)",
        type: "options",
        options: [
          {
            name: "Pending",
            value: "pending"
          },
          {
            name: "Approved",
            value: "approved"
          },
          {
            name: "Denied",
            value: "denied"
          }
        ],
        default: "pending"
      },
      {
        displayName: "From Date",
        name: "date_from",
        description: "Only responses submitted on this day or later. Pick a date, type one such as 2026-03-31 or “tomorrow”, or map a date or a date and time (only the day counts, as written).",
        type: "dateTime",
        default: ""
      },
      {
        displayName: "Response",
        name: "response",
        type: "resourceLocator",
        default: {
          mode: "list",
          value: ""
        },
        description: "One response by its ID (pick it, or map a Response ID). With a response given, the filters below are not used.",
        modes: [
          {
            displayName: "From List",
            name: "list",
            type: "list",
            typeOptions: {
              searchListMethod: "list_form_responses",
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
        displayName: "Text",
        name: "search",
        description: "Only responses whose answers, or submitter’s name or email, contain this text (at most 256 characters)",
        type: "string",
        default: ""
      },
      {
        displayName: "To Date",
        name: "date_to",
        description: "Only responses submitted on this day or earlier. Pick a date, type one such as 2026-03-31 or “tomorrow”, or map a date or a date and time (only the day counts, as written).",
        type: "dateTime",
        default: ""
      },
      {
        displayName: "User",
        name: "user",
        type: "resourceLocator",
        default: {
          mode: "list",
          value: ""
        },
        description: "Only this person’s responses: their email, full name or user ID. Anonymous responses never match. Pick a person from the list, or map a DailyBot user ID, an email address or a full name.",
        modes: [
          {
            displayName: "From List",
            name: "list",
            type: "list",
            typeOptions: {
              searchListMethod: "list_users",
              searchable: true
            }
          },
          {
            displayName: "By ID, Email or Name",
            name: "id",
            type: "string",
            placeholder: "e.g. priya@example.com"
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
        description: "Only responses in this state of the form’s workflow. Pick the form first.",
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
      }
    ]
  },
  {
    displayName: "Workflow",
    name: "workflow",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The DailyBot workflow to run. Only workflows that start “When triggered via API or button” are listed; set that in DailyBot’s automations builder.",
    modes: [
      {
        displayName: "From List",
        name: "list",
        type: "list",
        typeOptions: {
          searchListMethod: "list_workflows",
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
        resource: [
          "workflowRun"
        ],
        operation: [
          "trigger_workflow"
        ]
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "workflowRun"
        ],
        operation: [
          "trigger_workflow"
        ]
      }
    },
    options: [
      {
        displayName: "Data for the Workflow",
        name: "payload",
        description: "Names and values the workflow’s steps can use as {{trigger.body.name}}. At most 8 KB in all.",
        type: "fixedCollection",
        typeOptions: {
          multipleValues: true
        },
        default: {},
        placeholder: "Add Value",
        options: [
          {
            displayName: "Values",
            name: "values",
            values: [
              {
                displayName: "Name",
                name: "name",
                type: "string",
                default: ""
              },
              {
                displayName: "Value",
                name: "value",
                type: "string",
                default: ""
              }
            ]
          }
        ]
      }
    ]
  },
  {
    displayName: "Event Type",
    name: "event_type",
    description: "The name your DailyBot workflows listen for, such as <code>deploy_complete</code>: every workflow of your organization that starts on this event type runs",
    required: true,
    type: "string",
    default: "",
    displayOptions: {
      show: {
        resource: [
          "workflowEvent"
        ],
        operation: [
          "send_workflow_event"
        ]
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "workflowEvent"
        ],
        operation: [
          "send_workflow_event"
        ]
      }
    },
    options: [
      {
        displayName: "Event Data",
        name: "data",
        description: "Names and values sent beside the event type, for the workflow’s steps to use. The names <code>event_type</code> and <code>secret</code> are left out: the event type and the connection’s secret go in their place. Each event also carries an <code>event_id</code>, a new one each time unless you give your own here.",
        type: "fixedCollection",
        typeOptions: {
          multipleValues: true
        },
        default: {},
        placeholder: "Add Value",
        options: [
          {
            displayName: "Values",
            name: "values",
            values: [
              {
                displayName: "Name",
                name: "name",
                type: "string",
                default: ""
              },
              {
                displayName: "Value",
                name: "value",
                type: "string",
                default: ""
              }
            ]
          }
        ]
      }
    ]
  },
  {
    displayName: "Emails",
    name: "users",
    description: "The email addresses of the people to invite, at most 100 (one per line, or several separated by commas). Members may also be named by their chat-platform user ID (such as the Slack member ID U02ABCDEF12); guests only by email. People already in DailyBot are not invited again.",
    required: true,
    type: "string",
    typeOptions: {
      multipleValues: true
    },
    default: [],
    placeholder: "Add Email",
    displayOptions: {
      show: {
        resource: [
          "invitation"
        ],
        operation: [
          "invite_user"
        ]
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "invitation"
        ],
        operation: [
          "invite_user"
        ]
      }
    },
    options: [
      {
        displayName: "Check-ins",
        name: "checkins",
        description: "Check-ins the invited people take part in",
        type: "fixedCollection",
        typeOptions: {
          multipleValues: true
        },
        default: {},
        placeholder: "Add Check-in",
        options: [
          {
            displayName: "Check-ins",
            name: "values",
            values: [
              {
                displayName: "Check-in",
                name: "value",
                type: "resourceLocator",
                default: {
                  mode: "list",
                  value: ""
                },
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
                ]
              }
            ]
          }
        ]
      },
      {
        displayName: "Guest Accounts",
        name: "is_guest_account_invite",
        description: "Yes invites them as guests (people outside your chat workspace), not as members",
        type: "boolean",
        default: false
      },
      {
        displayName: "Teams",
        name: "teams",
        description: "Teams the invited people join",
        type: "fixedCollection",
        typeOptions: {
          multipleValues: true
        },
        default: {},
        placeholder: "Add Team",
        options: [
          {
            displayName: "Teams",
            name: "values",
            values: [
              {
                displayName: "Team",
                name: "value",
                type: "resourceLocator",
                default: {
                  mode: "list",
                  value: ""
                },
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
                ]
              }
            ]
          }
        ]
      }
    ]
  },
  {
    displayName: "Check-in",
    name: "checkin",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The check-in to answer. Its questions appear below once it is picked. DailyBot records the response as the API key’s owner, who must take part in the check-in.",
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
        resource: [
          "checkinResponse"
        ],
        operation: [
          "submit_checkin_response"
        ]
      }
    }
  },
  {
    displayName: "Answers",
    name: "fields",
    type: "resourceMapper",
    noDataExpression: true,
    default: {
      mappingMode: "defineBelow",
      value: null
    },
    required: true,
    displayOptions: {
      show: {
        resource: [
          "checkinResponse"
        ],
        operation: [
          "submit_checkin_response"
        ]
      }
    },
    typeOptions: {
      loadOptionsDependsOn: [
        "checkin.value"
      ],
      resourceMapper: {
        resourceMapperMethod: "stepFields",
        mode: "add",
        fieldWords: {
          singular: "answer",
          plural: "answers"
        },
        addAllFields: true,
        multiKeyMatch: false,
        supportAutoMap: false,
        noFieldsError: "Choose one first: its questions appear here."
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "checkinResponse"
        ],
        operation: [
          "submit_checkin_response"
        ]
      }
    },
    options: [
      {
        displayName: "Replace Existing Response",
        name: "replace",
        description: "Yes replaces the response the API key’s owner already gave that day (DailyBot documents this for today’s response). No (the default) adds a new response.",
        type: "boolean",
        default: false
      },
      {
        displayName: "Response Date",
        name: "response_date",
        description: "The check-in day this response is for. Empty: today. A past or future day works only if the check-in’s settings allow it. Pick a date, type one such as 2026-03-31 or “tomorrow”, or map a date or a date and time (only the day counts, as written).",
        type: "dateTime",
        default: ""
      }
    ]
  },
  {
    displayName: "Check-in",
    name: "checkin",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The check-in whose responses to find",
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
        resource: [
          "checkinResponse"
        ],
        operation: [
          "find_checkin_responses"
        ]
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "checkinResponse"
        ],
        operation: [
          "find_checkin_responses"
        ]
      }
    },
    options: [
      {
        displayName: "End Date",
        name: "date_end",
        description: "The last day to include; empty means today. Pick a date, type one such as 2026-03-31 or “tomorrow”, or map a date or a date and time (only the day counts, as written).",
        type: "dateTime",
        default: ""
      },
      {
        displayName: "Start Date",
        name: "date_start",
        description: "The first day to include; empty means today. Pick a date, type one such as 2026-03-31 or “tomorrow”, or map a date or a date and time (only the day counts, as written).",
        type: "dateTime",
        default: ""
      },
      {
        displayName: "User",
        name: "user",
        type: "resourceLocator",
        default: {
          mode: "list",
          value: ""
        },
        description: "Only this person’s responses; leave empty for everyone’s. Pick a person from the list, or map a DailyBot user ID, an email address or a full name.",
        modes: [
          {
            displayName: "From List",
            name: "list",
            type: "list",
            typeOptions: {
              searchListMethod: "list_users",
              searchable: true
            }
          },
          {
            displayName: "By ID, Email or Name",
            name: "id",
            type: "string",
            placeholder: "e.g. priya@example.com"
          }
        ]
      }
    ]
  },
  {
    displayName: "Update",
    name: "message",
    description: "What you did, are doing or are blocked on, in your own words (for example “Closed ticket PRJ-142; reviewing the release notes”). DailyBot’s AI sorts it into the right questions of your pending check-ins for today. Fill in at least one of “Update”, “Done”, “Doing” or “Blocked”.",
    type: "string",
    typeOptions: {
      rows: 4
    },
    default: "",
    displayOptions: {
      show: {
        resource: [
          "standUpUpdate"
        ],
        operation: [
          "post_standup_update"
        ]
      }
    }
  },
  {
    displayName: "Done",
    name: "done",
    description: "What was completed. Sent as it is, without DailyBot’s AI. Fill in at least one of “Update”, “Done”, “Doing” or “Blocked”.",
    type: "string",
    typeOptions: {
      rows: 4
    },
    default: "",
    displayOptions: {
      show: {
        resource: [
          "standUpUpdate"
        ],
        operation: [
          "post_standup_update"
        ]
      }
    }
  },
  {
    displayName: "Doing",
    name: "doing",
    description: "What is in progress. Sent as it is, without DailyBot’s AI. Fill in at least one of “Update”, “Done”, “Doing” or “Blocked”.",
    type: "string",
    typeOptions: {
      rows: 4
    },
    default: "",
    displayOptions: {
      show: {
        resource: [
          "standUpUpdate"
        ],
        operation: [
          "post_standup_update"
        ]
      }
    }
  },
  {
    displayName: "Blocked",
    name: "blocked",
    description: "What is in the way. Sent as it is, without DailyBot’s AI. Fill in at least one of “Update”, “Done”, “Doing” or “Blocked”.",
    type: "string",
    typeOptions: {
      rows: 4
    },
    default: "",
    displayOptions: {
      show: {
        resource: [
          "standUpUpdate"
        ],
        operation: [
          "post_standup_update"
        ]
      }
    }
  },
  {
    displayName: "Agent Name",
    name: "agent_name",
    description: "The bot, CI job or coding agent reporting, such as “CI pipeline” (at most 128 characters). The first report of a new name registers it as an agent.",
    required: true,
    type: "string",
    default: "",
    displayOptions: {
      show: {
        resource: [
          "agentReport"
        ],
        operation: [
          "log_agent_report"
        ]
      }
    }
  },
  {
    displayName: "Report",
    name: "content",
    description: "What happened, in a few readable sentences",
    required: true,
    type: "string",
    typeOptions: {
      rows: 4
    },
    default: "",
    displayOptions: {
      show: {
        resource: [
          "agentReport"
        ],
        operation: [
          "log_agent_report"
        ]
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "agentReport"
        ],
        operation: [
          "log_agent_report"
        ]
      }
    },
    options: [
      {
        displayName: "Blockers",
        name: "blockers",
        description: "What is in the way, one item per line",
        type: "string",
        typeOptions: {
          multipleValues: true
        },
        default: [],
        placeholder: "Add Blocker"
      },
      {
        displayName: "Co-authors",
        name: "co_authors",
        description: "The people this work was done with or for: pick them, or map their email addresses or DailyBot user IDs. Each one’s stand-up for today gets the report (merged into it if they already answered). DailyBot drops anyone it cannot find in your organization without saying so.",
        type: "fixedCollection",
        typeOptions: {
          multipleValues: true
        },
        default: {},
        placeholder: "Add Co-author",
        options: [
          {
            displayName: "Co-authors",
            name: "values",
            values: [
              {
                displayName: "Co-author",
                name: "value",
                type: "resourceLocator",
                default: {
                  mode: "list",
                  value: ""
                },
                modes: [
                  {
                    displayName: "From List",
                    name: "list",
                    type: "list",
                    typeOptions: {
                      searchListMethod: "list_users",
                      searchable: true
                    }
                  },
                  {
                    displayName: "By ID, Email or Name",
                    name: "id",
                    type: "string",
                    placeholder: "e.g. priya@example.com"
                  }
                ]
              }
            ]
          }
        ]
      },
      {
        displayName: "Completed",
        name: "completed",
        description: "What was finished, one item per line",
        type: "string",
        typeOptions: {
          multipleValues: true
        },
        default: [],
        placeholder: "Add Completed"
      },
      {
        displayName: "Details",
        name: "metadata",
        description: "Names and values to keep with the report, such as repository, branch, pull request or build number",
        type: "fixedCollection",
        typeOptions: {
          multipleValues: true
        },
        default: {},
        placeholder: "Add Value",
        options: [
          {
            displayName: "Values",
            name: "values",
            values: [
              {
                displayName: "Name",
                name: "name",
                type: "string",
                default: ""
              },
              {
                displayName: "Value",
                name: "value",
                type: "string",
                default: ""
              }
            ]
          }
        ]
      },
      {
        displayName: "In Progress",
        name: "in_progress",
        description: "What is still under way, one item per line",
        type: "string",
        typeOptions: {
          multipleValues: true
        },
        default: [],
        placeholder: "Add In Progres"
      },
      {
        displayName: "Milestone",
        name: "is_milestone",
        description: "Yes marks the report as a milestone (a release, a big merge)",
        type: "boolean",
        default: false
      }
    ]
  },
  {
    displayName: "Mood",
    name: "score",
    description: "How the API key’s owner feels, from 1 (Very low) to 5 (Great). Map a number from 1 to 5, or one of the words.",
    required: true,
    type: "options",
    options: [
      {
        name: "1 – Very low",
        value: "1"
      },
      {
        name: "2 – Low",
        value: "2"
      },
      {
        name: "3 – Okay",
        value: "3"
      },
      {
        name: "4 – Good",
        value: "4"
      },
      {
        name: "5 – Great",
        value: "5"
      }
    ],
    default: "1",
    displayOptions: {
      show: {
        resource: [
          "mood"
        ],
        operation: [
          "track_mood"
        ]
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "mood"
        ],
        operation: [
          "track_mood"
        ]
      }
    },
    options: [
      {
        displayName: "Date",
        name: "date",
        description: "The day this mood is for. Empty: today, in the time zone of the API key’s owner. DailyBot keeps one mood a day. Pick a date, type one such as 2026-03-31 or “tomorrow”, or map a date or a date and time (only the day counts, as written).",
        type: "dateTime",
        default: ""
      }
    ]
  },
  {
    displayName: "Team",
    name: "query",
    description: "The team’s name, matched exactly (case does not matter), or its DailyBot team ID",
    required: true,
    type: "string",
    default: "",
    displayOptions: {
      show: {
        resource: [
          "team"
        ],
        operation: [
          "find_team"
        ]
      }
    }
  },
  {
    displayName: "Check-in",
    name: "checkin",
    type: "resourceLocator",
    default: {
      mode: "list",
      value: ""
    },
    required: true,
    description: "The check-in to look at. Anonymous check-ins cannot say who has not answered.",
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
        resource: [
          "nonRespondent"
        ],
        operation: [
          "find_checkin_non_respondents"
        ]
      }
    }
  },
  {
    displayName: "Additional Fields",
    name: "additional_fields",
    type: "collection",
    placeholder: "Add Field",
    default: {},
    displayOptions: {
      show: {
        resource: [
          "nonRespondent"
        ],
        operation: [
          "find_checkin_non_respondents"
        ]
      }
    },
    options: [
      {
        displayName: "Date",
        name: "date",
        description: "The check-in day, written YYYY-MM-DD (such as 2026-03-31). Leave empty for today.",
        type: "string",
        default: ""
      }
    ]
  }
];

export const operationPlans: Record<string, OperationPlan> = {
  send_message: {
    kind: "creates",
    key: "send_message",
    label: "Send Message",
    fields: [
      {
        key: "message",
        kind: "value"
      },
      {
        key: "target_users",
        kind: "locators"
      },
      {
        key: "target_teams",
        kind: "locators"
      },
      {
        key: "target_channels",
        kind: "locators"
      },
      {
        key: "thread_responses",
        kind: "texts",
        in: "more"
      },
      {
        key: "image_url",
        kind: "value",
        in: "more"
      },
      {
        key: "buttons",
        kind: "rows",
        children: [
          {
            key: "label",
            kind: "value"
          },
          {
            key: "button_type",
            kind: "value"
          },
          {
            key: "url",
            kind: "value"
          },
          {
            key: "workflow",
            kind: "locator"
          },
          {
            key: "form",
            kind: "locator"
          },
          {
            key: "value",
            kind: "value"
          },
          {
            key: "label_after_click",
            kind: "value"
          }
        ],
        in: "more"
      },
      {
        key: "bot_message_id",
        kind: "value",
        in: "more"
      },
      {
        key: "skip_users_on_time_off",
        kind: "value",
        in: "more"
      }
    ]
  },
  update_message: {
    kind: "creates",
    key: "update_message",
    label: "Update Message",
    fields: [
      {
        key: "bot_message_id",
        kind: "value"
      },
      {
        key: "message",
        kind: "value"
      },
      {
        key: "target_users",
        kind: "locators"
      },
      {
        key: "target_teams",
        kind: "locators"
      },
      {
        key: "target_channels",
        kind: "locators"
      },
      {
        key: "image_url",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "buttons",
        kind: "rows",
        children: [
          {
            key: "label",
            kind: "value"
          },
          {
            key: "button_type",
            kind: "value"
          },
          {
            key: "url",
            kind: "value"
          },
          {
            key: "workflow",
            kind: "locator"
          },
          {
            key: "form",
            kind: "locator"
          },
          {
            key: "value",
            kind: "value"
          },
          {
            key: "label_after_click",
            kind: "value"
          }
        ],
        in: "additional_fields"
      }
    ]
  },
  sendAndWait: {
    kind: "creates",
    key: "ask_in_chat",
    label: "Ask in Chat and Wait for an Answer",
    fields: [
      {
        key: "message",
        kind: "value"
      },
      {
        key: "target_users",
        kind: "locators"
      },
      {
        key: "target_channels",
        kind: "locators"
      },
      {
        key: "choices",
        kind: "texts"
      }
    ]
  },
  send_email: {
    kind: "creates",
    key: "send_email",
    label: "Send Email",
    fields: [
      {
        key: "users",
        kind: "locators"
      },
      {
        key: "email_subject",
        kind: "value"
      },
      {
        key: "email_content",
        kind: "value"
      }
    ]
  },
  give_kudos: {
    kind: "creates",
    key: "give_kudos",
    label: "Give Kudos",
    fields: [
      {
        key: "content",
        kind: "value"
      },
      {
        key: "receivers",
        kind: "locators"
      },
      {
        key: "team_receivers",
        kind: "locators"
      },
      {
        key: "company_value",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "is_anonymous",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "by_dailybot",
        kind: "value",
        in: "additional_fields"
      }
    ]
  },
  push_activity: {
    kind: "creates",
    key: "push_activity",
    label: "Log Activity",
    fields: [
      {
        key: "custom_type",
        kind: "value"
      },
      {
        key: "message",
        kind: "value"
      },
      {
        key: "user",
        kind: "locator"
      },
      {
        key: "link",
        kind: "value",
        in: "additional_fields"
      }
    ]
  },
  create_checkin: {
    kind: "creates",
    key: "create_checkin",
    label: "Create Check-in",
    fields: [
      {
        key: "name",
        kind: "value"
      },
      {
        key: "template",
        kind: "locator"
      },
      {
        key: "active",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "is_anonymous",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "send_reports_one_by_one",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "start_on",
        kind: "value",
        in: "schedule"
      },
      {
        key: "end_on",
        kind: "value",
        in: "schedule"
      },
      {
        key: "frequency_on_days",
        kind: "value",
        in: "schedule"
      },
      {
        key: "use_user_defined_work_days",
        kind: "value",
        in: "schedule"
      },
      {
        key: "custom_trigger_time",
        kind: "value",
        in: "schedule"
      },
      {
        key: "is_trigger_based",
        kind: "value",
        in: "schedule"
      },
      {
        key: "reminders_max_count",
        kind: "value",
        in: "reminders"
      },
      {
        key: "reminders_trigger_condition",
        kind: "value",
        in: "reminders"
      },
      {
        key: "reminders_frequency_time",
        kind: "value",
        in: "reminders"
      },
      {
        key: "custom_template_intro",
        kind: "value",
        in: "messages"
      },
      {
        key: "custom_template_outro",
        kind: "value",
        in: "messages"
      }
    ]
  },
  update_checkin: {
    kind: "creates",
    key: "update_checkin",
    label: "Update Check-in",
    fields: [
      {
        key: "checkin",
        kind: "locator"
      },
      {
        key: "name",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "template",
        kind: "locator",
        in: "additional_fields"
      },
      {
        key: "active",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "is_anonymous",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "send_reports_one_by_one",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "start_on",
        kind: "value",
        in: "schedule"
      },
      {
        key: "end_on",
        kind: "value",
        in: "schedule"
      },
      {
        key: "frequency_on_days",
        kind: "value",
        in: "schedule"
      },
      {
        key: "use_user_defined_work_days",
        kind: "value",
        in: "schedule"
      },
      {
        key: "custom_trigger_time",
        kind: "value",
        in: "schedule"
      },
      {
        key: "is_trigger_based",
        kind: "value",
        in: "schedule"
      },
      {
        key: "reminders_max_count",
        kind: "value",
        in: "reminders"
      },
      {
        key: "reminders_trigger_condition",
        kind: "value",
        in: "reminders"
      },
      {
        key: "reminders_frequency_time",
        kind: "value",
        in: "reminders"
      },
      {
        key: "custom_template_intro",
        kind: "value",
        in: "messages"
      },
      {
        key: "custom_template_outro",
        kind: "value",
        in: "messages"
      }
    ]
  },
  delete_checkin: {
    kind: "creates",
    key: "delete_checkin",
    label: "Delete Check-in",
    fields: [
      {
        key: "delete_warning",
        kind: "value"
      },
      {
        key: "checkin",
        kind: "locator"
      }
    ]
  },
  find_checkin: {
    kind: "searches",
    key: "find_checkin",
    label: "Find Check-in",
    fields: [
      {
        key: "name",
        kind: "value"
      },
      {
        key: "include_summary",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "date",
        kind: "value",
        in: "additional_fields"
      }
    ]
  },
  send_checkin_reminder: {
    kind: "creates",
    key: "send_checkin_reminder",
    label: "Send Check-in Reminder",
    fields: [
      {
        key: "checkin",
        kind: "locator"
      },
      {
        key: "users",
        kind: "locators",
        in: "additional_fields"
      },
      {
        key: "date",
        kind: "value",
        in: "additional_fields"
      }
    ]
  },
  open_conversation: {
    kind: "creates",
    key: "open_conversation",
    label: "Open Group Conversation",
    fields: [
      {
        key: "users",
        kind: "locators"
      }
    ]
  },
  add_team_member: {
    kind: "creates",
    key: "add_team_member",
    label: "Add User to Team",
    fields: [
      {
        key: "team",
        kind: "locator"
      },
      {
        key: "users",
        kind: "locators"
      }
    ]
  },
  remove_team_member: {
    kind: "creates",
    key: "remove_team_member",
    label: "Remove User from Team",
    fields: [
      {
        key: "team",
        kind: "locator"
      },
      {
        key: "user",
        kind: "locator"
      }
    ]
  },
  update_user: {
    kind: "creates",
    key: "update_user",
    label: "Update User",
    fields: [
      {
        key: "user",
        kind: "locator"
      },
      {
        key: "full_name",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "occupation",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "birth_date",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "is_active",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "bot_enabled",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "timezone",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "work_days",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "timeoff_start",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "timeoff_end",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "hour_init_work",
        kind: "value",
        in: "additional_fields"
      }
    ]
  },
  find_user: {
    kind: "searches",
    key: "find_user",
    label: "Find User",
    fields: [
      {
        key: "query",
        kind: "value"
      }
    ]
  },
  submit_form_response: {
    kind: "creates",
    key: "submit_form_response",
    label: "Submit Form Response",
    fields: [
      {
        key: "form",
        kind: "locator"
      },
      {
        key: "guest_full_name",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "guest_email",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "anonymous",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "fields",
        kind: "mapper"
      }
    ],
    mapper: {
      dependsOn: [
        "form"
      ]
    }
  },
  change_form_response_state: {
    kind: "creates",
    key: "change_form_response_state",
    label: "Move Form Response",
    fields: [
      {
        key: "form",
        kind: "locator"
      },
      {
        key: "response",
        kind: "locator"
      },
      {
        key: "to_state",
        kind: "locator"
      },
      {
        key: "note",
        kind: "value",
        in: "additional_fields"
      }
    ]
  },
  update_form_response: {
    kind: "creates",
    key: "update_form_response",
    label: "Update Form Response",
    fields: [
      {
        key: "form",
        kind: "locator"
      },
      {
        key: "response",
        kind: "locator"
      },
      {
        key: "fields",
        kind: "mapper"
      }
    ],
    mapper: {
      dependsOn: [
        "form"
      ]
    }
  },
  delete_form_response: {
    kind: "creates",
    key: "delete_form_response",
    label: "Delete Form Response",
    fields: [
      {
        key: "delete_warning",
        kind: "value"
      },
      {
        key: "form",
        kind: "locator"
      },
      {
        key: "response",
        kind: "locator"
      }
    ]
  },
  find_form_response: {
    kind: "searches",
    key: "find_form_response",
    label: "Find Form Response",
    fields: [
      {
        key: "form",
        kind: "locator"
      },
      {
        key: "response",
        kind: "locator",
        in: "additional_fields"
      },
      {
        key: "user",
        kind: "locator",
        in: "additional_fields"
      },
      {
        key: "search",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "status",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "state",
        kind: "locator",
        in: "additional_fields"
      },
      {
        key: "date_from",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "date_to",
        kind: "value",
        in: "additional_fields"
      }
    ]
  },
  trigger_workflow: {
    kind: "creates",
    key: "trigger_workflow",
    label: "Run Workflow",
    fields: [
      {
        key: "workflow",
        kind: "locator"
      },
      {
        key: "payload",
        kind: "pairs",
        in: "additional_fields"
      }
    ]
  },
  send_workflow_event: {
    kind: "creates",
    key: "send_workflow_event",
    label: "Send Workflow Event",
    fields: [
      {
        key: "event_type",
        kind: "value"
      },
      {
        key: "data",
        kind: "pairs",
        in: "additional_fields"
      }
    ]
  },
  invite_user: {
    kind: "creates",
    key: "invite_user",
    label: "Invite User",
    fields: [
      {
        key: "users",
        kind: "texts"
      },
      {
        key: "teams",
        kind: "locators",
        in: "additional_fields"
      },
      {
        key: "checkins",
        kind: "locators",
        in: "additional_fields"
      },
      {
        key: "is_guest_account_invite",
        kind: "value",
        in: "additional_fields"
      }
    ]
  },
  submit_checkin_response: {
    kind: "creates",
    key: "submit_checkin_response",
    label: "Submit Check-in Response",
    fields: [
      {
        key: "checkin",
        kind: "locator"
      },
      {
        key: "response_date",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "replace",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "fields",
        kind: "mapper"
      }
    ],
    mapper: {
      dependsOn: [
        "checkin"
      ]
    }
  },
  find_checkin_responses: {
    kind: "searches",
    key: "find_checkin_responses",
    label: "Find Check-in Responses",
    fields: [
      {
        key: "checkin",
        kind: "locator"
      },
      {
        key: "date_start",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "date_end",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "user",
        kind: "locator",
        in: "additional_fields"
      }
    ]
  },
  post_standup_update: {
    kind: "creates",
    key: "post_standup_update",
    label: "Post Stand-up Update",
    fields: [
      {
        key: "message",
        kind: "value"
      },
      {
        key: "done",
        kind: "value"
      },
      {
        key: "doing",
        kind: "value"
      },
      {
        key: "blocked",
        kind: "value"
      }
    ]
  },
  log_agent_report: {
    kind: "creates",
    key: "log_agent_report",
    label: "Log Agent Report",
    fields: [
      {
        key: "agent_name",
        kind: "value"
      },
      {
        key: "content",
        kind: "value"
      },
      {
        key: "completed",
        kind: "texts",
        in: "additional_fields"
      },
      {
        key: "in_progress",
        kind: "texts",
        in: "additional_fields"
      },
      {
        key: "blockers",
        kind: "texts",
        in: "additional_fields"
      },
      {
        key: "metadata",
        kind: "pairs",
        in: "additional_fields"
      },
      {
        key: "is_milestone",
        kind: "value",
        in: "additional_fields"
      },
      {
        key: "co_authors",
        kind: "locators",
        in: "additional_fields"
      }
    ]
  },
  track_mood: {
    kind: "creates",
    key: "track_mood",
    label: "Track Mood",
    fields: [
      {
        key: "score",
        kind: "value"
      },
      {
        key: "date",
        kind: "value",
        in: "additional_fields"
      }
    ]
  },
  find_team: {
    kind: "searches",
    key: "find_team",
    label: "Find Team",
    fields: [
      {
        key: "query",
        kind: "value"
      }
    ]
  },
  find_checkin_non_respondents: {
    kind: "searches",
    key: "find_checkin_non_respondents",
    label: "Find Check-in Non-Respondents",
    fields: [
      {
        key: "checkin",
        kind: "locator"
      },
      {
        key: "date",
        kind: "value",
        in: "additional_fields"
      }
    ]
  }
};

export const actionLists: string[] = [
  "list_channels",
  "list_checkin_participants",
  "list_checkins",
  "list_form_responses",
  "list_form_states",
  "list_forms",
  "list_team_members",
  "list_teams",
  "list_templates",
  "list_users",
  "list_workflows"
];
