// @exoflow/client/react: the CallButton (React 18 or newer).
export { CallButton, type CallButtonProps } from './CallButton.js';
