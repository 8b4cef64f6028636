-- Comments on the static site's pages, threaded by root and parent.

CREATE TABLE comments (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    page            VARCHAR(300) NOT NULL,
    parent_id       BIGINT       NULL,
    root_id         BIGINT       NULL,
    user_id         BIGINT       NULL,
    author          VARCHAR(50)  NOT NULL,
    text            TEXT         NOT NULL,
    html            MEDIUMTEXT   NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    edit_token_hash VARCHAR(64)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_comments_parent FOREIGN KEY (parent_id) REFERENCES comments (id),
    CONSTRAINT fk_comments_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Threads of a page (roots have root_id NULL) and counts per page.
CREATE INDEX idx_comments_page ON comments (page, status, root_id, id);
-- Replies of a set of threads.
CREATE INDEX idx_comments_root ON comments (root_id, status, id);
-- Moderation queue and the recent-comments feed.
CREATE INDEX idx_comments_status ON comments (status, id);
