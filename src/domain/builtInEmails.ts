/**
 * The built-in emails, written by this project: short, warm and professional. Each serves the
 * follow-up kind that lists it in `FOLLOW_UP_KINDS`; `key` makes its id, `built-in:<key>`.
 */

export interface BuiltInEmail {
  key: string;
  name: string;
  subject: string;
  body: string;
}

export const THANK_YOU_EMAIL: BuiltInEmail = {
  key: "thank-you",
  name: "Thank-you note",
  subject: "Thank you: {{position}} interview",
  body: [
    "Dear {{contact_first_name}},",
    "",
    "Thank you for taking the time to talk with me on {{date}} about the {{position}} role at {{organization}}. I enjoyed learning about the team and the work ahead, and our conversation made me even more keen to join you.",
    "",
    "If there is anything else I can share to help with your decision, I would be glad to send it.",
    "",
    "Best regards,",
    "{{my_name}}",
  ].join("\n"),
};

export const FOLLOW_UP_EMAIL: BuiltInEmail = {
  key: "follow-up",
  name: "Polite follow-up",
  subject: "Following up on the {{position}} role",
  body: [
    "Dear {{contact_first_name}},",
    "",
    "I hope you are well. I am writing to follow up on our conversation on {{date}} about the {{position}} role at {{organization}}. I am still very interested in the position and would be grateful for any news about the next steps or the timeline.",
    "",
    "Thank you again for your time.",
    "",
    "Kind regards,",
    "{{my_name}}",
  ].join("\n"),
};

export const REJECTION_REPLY_EMAIL: BuiltInEmail = {
  key: "rejection-reply",
  name: "Reply to a rejection",
  subject: "Thank you, {{organization}}",
  body: [
    "Dear {{contact_first_name}},",
    "",
    "Thank you for letting me know your decision about the {{position}} role. Although I am disappointed, I valued the chance to meet the team and to learn about your work at {{organization}}.",
    "",
    "I would be glad to stay in touch and to be considered for future openings that suit my experience.",
    "",
    "With best wishes,",
    "{{my_name}}",
  ].join("\n"),
};
