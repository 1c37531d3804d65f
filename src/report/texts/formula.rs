//! The formula texts (placeholder: filled while moving every sentence here, issue 10).
