// The lazy Spanish module of the Lit + @lit/localize peer (not counted in its size).
export const templates = { s8c0ec8d1fb9e6e32: 'Hola' };
