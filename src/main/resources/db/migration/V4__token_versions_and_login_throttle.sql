-- Revocable tokens, and login and rate limits that hold across replicas. Written for MySQL 8 / MariaDB and H2 in MySQL mode alike.

-- Tokens carry the version they were issued at; bumping it (logout, an admin's revoke) ends every older token.
ALTER TABLE users ADD COLUMN token_version BIGINT NOT NULL DEFAULT 0;

-- Failed logins per account (the key is a SHA-256 of the lower-cased name, so unknown names are throttled alike
-- and no client-chosen text is stored). blocked_until_ms: epoch milliseconds before which no guess is checked.
-- trusted_address: where the account last logged in; logins from there skip the account's back-off.
CREATE TABLE login_throttle (
    account_key      CHAR(64)    NOT NULL,
    failures         INT         NOT NULL,
    last_failure_ms  BIGINT      NOT NULL,
    blocked_until_ms BIGINT      NOT NULL,
    trusted_address  VARCHAR(64) NULL,
    PRIMARY KEY (account_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Per-address token buckets for writes and logins, shared by every replica. A row untouched for a minute is
-- full, the same as no row, and is swept. On MySQL/MariaDB a MEMORY table (the executable comment, which H2
-- skips): a budget need not survive a restart, and InnoDB would flush its log on every write's extra commit
-- (measured 8.8 ms a write on this machine's MariaDB). Keys are ASCII (scope and address), 16 MB hold about
-- 150,000 of them.
CREATE TABLE rate_buckets (
    bucket_key VARCHAR(80) NOT NULL,
    tokens     DOUBLE      NOT NULL,
    updated_ms BIGINT      NOT NULL,
    PRIMARY KEY (bucket_key)
) /*! ENGINE=MEMORY DEFAULT CHARSET=ascii */;
