/** Rules forms in the browser share with the server; nothing here may import Node code. */
export const PASSWORD_MIN_LENGTH = 10;
