CREATE TABLE certificate_number_counter (
    municipality VARCHAR(100) NOT NULL,
    year         INTEGER      NOT NULL,
    last_number  INTEGER      NOT NULL,
    PRIMARY KEY (municipality, year)
);
