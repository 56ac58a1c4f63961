import type { BoardModel } from "../domain/pipelineBoard";
import { ModelStore } from "./modelStore";

/**
 * The pipeline board's state, shared by the Bases view (which replaces the model when the Base's
 * results or the follow-ups change) and the board component (which subscribes to it); see
 * `ModelStore`.
 */
export class BoardStore extends ModelStore<BoardModel> {
  constructor() {
    super({ now: 0, lanes: [] });
  }
}
