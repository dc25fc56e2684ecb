-- The language each person reads Guestlist in, by their object id (and their address, for mail
-- sent by address): written at sign-in and when they choose one, read to write mail to them in
-- it. Times as in 0003.
CREATE TABLE languages (
    object_id TEXT PRIMARY KEY,
    address TEXT,
    locale TEXT NOT NULL,
    updated_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX languages_by_address ON languages (address);
