/** The slice of `connection.console` the server features log through; tests can pass their own. */
export interface Logger {
  warn(message: string): void;
  error(message: string): void;
}
