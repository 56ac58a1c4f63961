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

/** For `reconnect`: months after a rejection that was answered graciously; asks for nothing. */
export const RECONNECT_EMAIL: BuiltInEmail = {
  key: "reconnect",
  name: "Keep in touch",
  subject: "Staying in touch with {{organization}}",
  body: [
    "Dear {{contact_first_name}},",
    "",
    "I hope you and the team are well. We spoke a few months ago about the {{position}} role at {{organization}}, and I still think of that conversation warmly.",
    "",
    "I am writing simply to stay in touch. If a role opens that would suit my experience, I would be glad to hear about it, and happy to share what I have been working on since.",
    "",
    "There is no need to reply if the timing is not right. I wish you all the best.",
    "",
    "Warm regards,",
    "{{my_name}}",
  ].join("\n"),
};

// The three answers to an offer (`offer-decision`). `{{offer_deadline}}` is the note's own
// property, filled by name; a note without it keeps the placeholder visible and is told so.

export const OFFER_MORE_TIME_EMAIL: BuiltInEmail = {
  key: "offer-more-time",
  name: "Ask for more time",
  subject: "Your offer for the {{position}} role",
  body: [
    "Dear {{contact_first_name}},",
    "",
    "Thank you again for the offer for the {{position}} role at {{organization}}. I am very pleased to have received it, and I want to give it the careful thought it deserves.",
    "",
    "I understand you would like my answer by {{offer_deadline}}. Would it be possible to have a few more days to decide? I would be glad to talk in the meantime if any questions come up on either side.",
    "",
    "Kind regards,",
    "{{my_name}}",
  ].join("\n"),
};

export const OFFER_ACCEPT_EMAIL: BuiltInEmail = {
  key: "offer-accept",
  name: "Accept the offer",
  subject: "Accepting the {{position}} offer",
  body: [
    "Dear {{contact_first_name}},",
    "",
    "Thank you for offering me the {{position}} role at {{organization}}. I am delighted to accept, and I am looking forward to joining the team.",
    "",
    "Please let me know the next steps and anything you need from me before I start. I am happy to help make the start go smoothly.",
    "",
    "With thanks,",
    "{{my_name}}",
  ].join("\n"),
};

export const OFFER_DECLINE_EMAIL: BuiltInEmail = {
  key: "offer-decline",
  name: "Decline the offer",
  subject: "The {{position}} offer",
  body: [
    "Dear {{contact_first_name}},",
    "",
    "Thank you very much for offering me the {{position}} role at {{organization}}, and for the time you and the team gave me throughout the process.",
    "",
    "After careful thought, I have decided not to accept the offer. It was not an easy decision, and I have great respect for the team and the work you do.",
    "",
    "I hope our paths cross again, and I would be glad to stay in touch.",
    "",
    "Kind regards,",
    "{{my_name}}",
  ].join("\n"),
};

/**
 * For `offer-heads-up`, sent to another employer still interviewing. It names no other employer,
 * and uses only placeholders that describe this note (its `{{organization}}` is the recipient).
 */
export const OFFER_HEADS_UP_EMAIL: BuiltInEmail = {
  key: "offer-heads-up",
  name: "Heads-up about another offer",
  subject: "Timeline for the {{position}} role",
  body: [
    "Dear {{contact_first_name}},",
    "",
    "I hope you are well. I wanted to let you know that I have received an offer from another employer, with a deadline for my answer.",
    "",
    "I remain very interested in the {{position}} role at {{organization}}, and I would value the chance to consider it before I decide. Could you tell me where things stand and what your timeline looks like? I am glad to make time for any remaining steps at short notice.",
    "",
    "Thank you for your understanding.",
    "",
    "Best regards,",
    "{{my_name}}",
  ].join("\n"),
};
