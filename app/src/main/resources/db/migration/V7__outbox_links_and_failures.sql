-- A mail's personal link (its token) is kept apart from the body until the mail is sent, then
-- forgotten; the body holds a placeholder. Mails that fail too often are given up and shown to staff,
-- who may send them again to a corrected address. Every mail keeps one Message-ID across attempts.
ALTER TABLE outbox_mail ADD COLUMN secret_link TEXT;
ALTER TABLE outbox_mail ADD COLUMN message_id VARCHAR(200);
ALTER TABLE outbox_mail ADD COLUMN failed_at TIMESTAMPTZ;
ALTER TABLE outbox_mail ADD COLUMN resent_as BIGINT REFERENCES outbox_mail (id);
ALTER TABLE outbox_mail ADD COLUMN resent_by VARCHAR(100);

UPDATE outbox_mail SET message_id = '<outbox-' || id || '@casebook>';
ALTER TABLE outbox_mail ALTER COLUMN message_id SET NOT NULL;

-- links in mails sent before this change: of no use to anyone who reads the outbox
UPDATE outbox_mail
SET body = regexp_replace(body, '(/public/(confirmations|information|statements)/)[A-Za-z0-9_-]+', '\1…', 'g')
WHERE sent_at IS NOT NULL;

CREATE INDEX outbox_mail_case ON outbox_mail (case_id, id);
CREATE INDEX outbox_mail_failed ON outbox_mail (municipality, failed_at DESC) WHERE failed_at IS NOT NULL;
