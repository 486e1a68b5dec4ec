/** Confirmation of actions that cost money or delete: what was confirmed, whether a target needs it, why a token is refused. */
export { canonicalDesign, deploymentsSubject, requiresConfirmation, shownRate, type Confirmation, type ConfirmAction, type ConfirmBinding, type ConfirmPolicy } from "./binding";
export { compareBinding, confirmRefusal, CONFIRM_REFUSALS_EN, type ConfirmRefusal, type ConfirmRefusalKey } from "./refusal";
