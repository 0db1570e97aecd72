-- Gazette library schema: the tag suggestions a person refused, per article.
--
-- User state: a suggested tag the person dismissed for an article is not offered for it again.
-- Keyed by the tag's id, so a renamed tag stays refused and a deleted tag's refusals go with it;
-- they go with the article too.

CREATE TABLE suggestion_refused (
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    refused_at  INTEGER NOT NULL,          -- epoch milliseconds
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
