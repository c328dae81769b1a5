export interface ValidValue {
  ok: true;
  /** The input in its normalised form: the form to store and compare. */
  value: string;
}

export interface ValidationFailure<Reason extends string> {
  ok: false;
  /** Stable code for the client and the API error details. */
  reason: Reason;
  /** Short Chinese text telling the person how to fix the input. */
  message: string;
}

export type ValidationResult<Reason extends string, Valid extends ValidValue = ValidValue> =
  | Valid
  | ValidationFailure<Reason>;
