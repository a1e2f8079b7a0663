/** Every action of the app. */
export const creates = {};
