/** What choosing an earlier round fills in on the "Create interview note" form. */
export interface RoundDetails {
  /** The earlier note as a link target: its path without `.md`. */
  previousRound: string;
  organization: string;
  position: string;
  contact: string;
  email: string;
}
