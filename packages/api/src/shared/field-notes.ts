import { type FieldErrors, invalid } from "../errors";

/** Collects field messages; errors stop the save, warnings are saved and shown. */
export class FieldNotes {
  readonly notes: FieldErrors = {};
  add(field: string, message: string) {
    const list = this.notes[field] ?? [];
    this.notes[field] = [...list, message];
  }
  get empty() {
    return Object.keys(this.notes).length === 0;
  }
  throwIfAny() {
    if (!this.empty) throw invalid("Some fields need attention", this.notes);
  }
}
