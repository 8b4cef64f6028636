-- Accounts, board posts and the search index. Written for MySQL 8 / MariaDB and H2 in MySQL mode alike;
-- times are UTC wall-clock DATETIME(6).

CREATE TABLE users (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(30)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(10)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_users_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE posts (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    title      VARCHAR(200) NOT NULL,
    content    MEDIUMTEXT   NOT NULL,
    author     VARCHAR(50)  NOT NULL,
    owner_id   BIGINT       NULL,
    view_count BIGINT       NOT NULL DEFAULT 0,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_posts_owner FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Search: every lower-cased character pair of title and content (and the last single character), so
-- "contains" searches look up grams by key instead of scanning posts. Binary collation: grams are exact.
CREATE TABLE post_grams (
    gram    VARCHAR(8) NOT NULL,
    post_id BIGINT     NOT NULL,
    PRIMARY KEY (gram, post_id),
    CONSTRAINT fk_post_grams_post FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX idx_post_grams_post ON post_grams (post_id);
