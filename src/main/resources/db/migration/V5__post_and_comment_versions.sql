-- A version per post and per comment that moves on every edit: the strong ETag that If-Match compares, so a
-- client can make its edit conditional on nobody else's having landed first. Views do not move it.

ALTER TABLE posts ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE comments ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
