//! Signing the compact (DSO §10, §15, Annex A): presented → explained → signed. Signing is only
//! reachable through an explanation in a language the detainee understands (or an interpreter),
//! of the centre's current version; for a detainee whose English is not enough, only through the
//! compact read to them (played to the end, or by an interpreter), never their own reading.

use crate::dso::RuleViolation;
use crate::model::{CompactVersion, Explanation, LanguageTag, TextHash};
use serde::{Deserialize, Serialize};

/// What the rules know about the detainee's languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Understanding {
    /// Languages they understand, best first (English only if listed).
    pub languages: Vec<LanguageTag>,
    /// Whether their English is enough to understand the compact unaided.
    pub english_sufficient: bool,
}

impl Understanding {
    /// Whether they understand `language` well enough for the compact.
    pub fn understands(&self, language: &LanguageTag) -> bool {
        let english = language.0 == "en" || language.0.starts_with("en-");
        if english {
            return self.english_sufficient;
        }
        self.languages.iter().any(|l| l == language)
    }

    /// Whether the compact must be read to them (§15: "where it is determined that the
    /// detainee has an insufficient knowledge of English … the policy should be read to the
    /// detainee and explained in a language that they understand"): reading it on screen
    /// themselves does not count, in any language.
    pub fn must_be_read_to(&self) -> bool {
        !self.english_sufficient
    }

    /// The ways the compact can be put across to them in a language, in the order a screen
    /// offers them: reading it themselves only when their English is enough; read aloud when
    /// this tablet has a voice or a recording for that language (`voiced`); an interpreter
    /// always.
    pub fn routes(&self, voiced: bool) -> Vec<ReadingRoute> {
        let mut routes = Vec::with_capacity(3);
        if voiced {
            routes.push(ReadingRoute::ReadAloud);
        }
        if !self.must_be_read_to() {
            routes.push(ReadingRoute::ReadOnScreen);
        }
        routes.push(ReadingRoute::Interpreter);
        routes
    }
}

/// A way the compact can be put across (§15), as a screen offers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReadingRoute {
    /// Read aloud by this tablet (a recording or a voice), played to the end.
    ReadAloud,
    /// Read on screen by the detainee themselves.
    ReadOnScreen,
    /// Read and explained by an interpreter whose reference is recorded.
    Interpreter,
}

/// Where a detainee stands with the compact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum CompactFlow {
    /// Nothing yet (or a new version has been published since).
    #[default]
    NotStarted,
    /// Shown on screen.
    Presented {
        /// Version shown.
        version: CompactVersion,
        /// Language shown.
        language: LanguageTag,
    },
    /// Read aloud or explained (§15).
    Explained {
        /// Version.
        version: CompactVersion,
        /// Language.
        language: LanguageTag,
        /// How.
        how: Explanation,
    },
    /// Signed and witnessed (§10).
    Signed {
        /// Version signed.
        version: CompactVersion,
        /// Language shown.
        language: LanguageTag,
        /// Hash of the text shown.
        text_hash: TextHash,
    },
}

/// A step in the compact workflow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompactStep {
    /// Show it.
    Present {
        /// Version.
        version: CompactVersion,
        /// Language.
        language: LanguageTag,
    },
    /// Record how it was put across.
    Explain {
        /// Version.
        version: CompactVersion,
        /// Language.
        language: LanguageTag,
        /// How.
        how: Explanation,
    },
    /// The detainee signs, the DCO witnesses.
    Sign {
        /// Version.
        version: CompactVersion,
        /// Language.
        language: LanguageTag,
        /// Hash of the text shown.
        text_hash: TextHash,
    },
}

/// What the shell must do after a compact transition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompactEffect {
    /// Offer the read-aloud of the text in this language.
    OfferReadAloud(LanguageTag),
    /// Show the signature pad.
    ShowSignaturePad,
    /// Access may now be granted (subject to the other rules).
    Signed,
}

impl CompactFlow {
    /// The next state, given the centre's `current` version and the detainee's `understanding`.
    pub fn step(
        &self,
        step: CompactStep,
        current: Option<&CompactVersion>,
        understanding: &Understanding,
    ) -> Result<(CompactFlow, Vec<CompactEffect>), RuleViolation> {
        let current = current.ok_or(RuleViolation::NoCompactPublished)?;
        let check_version = |v: &CompactVersion| {
            if v == current {
                Ok(())
            } else {
                Err(RuleViolation::CompactVersionNotCurrent {
                    given: v.0.clone(),
                    current: current.0.clone(),
                })
            }
        };
        match step {
            CompactStep::Present { version, language } => {
                check_version(&version)?;
                let effect = CompactEffect::OfferReadAloud(language.clone());
                Ok((CompactFlow::Presented { version, language }, vec![effect]))
            }
            CompactStep::Explain {
                version,
                language,
                how,
            } => {
                check_version(&version)?;
                match &how {
                    Explanation::Interpreter { reference } => {
                        if reference.trim().is_empty() {
                            return Err(RuleViolation::InterpreterReferenceMissing);
                        }
                    }
                    Explanation::ReadAloud {
                        audio_completed: false,
                    } => {
                        return Err(RuleViolation::CompactAudioIncomplete);
                    }
                    Explanation::ReadOnScreen if understanding.must_be_read_to() => {
                        return Err(RuleViolation::CompactMustBeReadToThem);
                    }
                    Explanation::ReadAloud { .. } | Explanation::ReadOnScreen => {
                        if !understanding.understands(&language) {
                            return Err(RuleViolation::LanguageNotUnderstood {
                                language: language.0.clone(),
                            });
                        }
                    }
                }
                Ok((
                    CompactFlow::Explained {
                        version,
                        language,
                        how,
                    },
                    vec![CompactEffect::ShowSignaturePad],
                ))
            }
            CompactStep::Sign {
                version,
                language,
                text_hash,
            } => {
                check_version(&version)?;
                match self {
                    // Read before their English was found not enough: it must still be read
                    // to them.
                    CompactFlow::Explained {
                        how: Explanation::ReadOnScreen,
                        ..
                    } if understanding.must_be_read_to() => {
                        Err(RuleViolation::CompactMustBeReadToThem)
                    }
                    CompactFlow::Explained {
                        version: v,
                        language: l,
                        ..
                    } if *v == version && *l == language => Ok((
                        CompactFlow::Signed {
                            version,
                            language,
                            text_hash,
                        },
                        vec![CompactEffect::Signed],
                    )),
                    _ => Err(RuleViolation::CompactNotExplained),
                }
            }
        }
    }
}
