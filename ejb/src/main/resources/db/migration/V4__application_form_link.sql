-- every application has exactly one form (the form is created with the draft)
ALTER TABLE application ADD CONSTRAINT fk_application_form FOREIGN KEY (form_id) REFERENCES application_form (id);
CREATE INDEX ix_application_form ON application (form_id);
