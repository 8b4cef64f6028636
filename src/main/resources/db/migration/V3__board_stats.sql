-- The board's running totals, kept in the same transactions as the posts they count: a page's total is a
-- sum over 16 rows instead of COUNT(*) over every post, and `version` moves on every create, update and delete
-- so cached search results know when they are stale. Writers pick a shard at random so concurrent inserts do
-- not queue on one row lock.

CREATE TABLE board_stats (
    shard   INT    NOT NULL,
    posts   BIGINT NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (shard)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO board_stats (shard, posts, version) VALUES
    (0, 0, 0), (1, 0, 0), (2, 0, 0), (3, 0, 0), (4, 0, 0), (5, 0, 0), (6, 0, 0), (7, 0, 0),
    (8, 0, 0), (9, 0, 0), (10, 0, 0), (11, 0, 0), (12, 0, 0), (13, 0, 0), (14, 0, 0), (15, 0, 0);

UPDATE board_stats SET posts = (SELECT COUNT(*) FROM posts) WHERE shard = 0;
