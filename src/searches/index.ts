/** Every search of the app, and the search-or-create pairs. */
export const searches = {};

export const searchOrCreates = {};
