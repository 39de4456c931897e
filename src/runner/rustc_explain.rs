//! `rustc --explain E0599`: the compiler's own page about an error code, for
//! the codes no lesson page explains.

use std::time::Duration;

use super::process::{self, Invocation, neutral_dir};
use super::{CancelToken, Ending, Halt, Runner, Tool, is_error_code};

/// `rustc --explain` answers at once; a minute means something is wrong.
const EXPLAIN_TIMEOUT: Duration = Duration::from_secs(60);
/// The longest explanations are a few KiB.
const EXPLAIN_OUTPUT_CAP: usize = 1024 * 1024;

/// Why rustc could not explain a code.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RustcExplainError {
    #[error("`{0}` is not a rustc error code (they look like E0382)")]
    NotACode(String),
    #[error("rustc is needed to explain {code}. {help}")]
    RustcMissing { code: String, help: String },
    /// rustc ran and refused: `E9999 is not a valid error code`.
    #[error("rustc --explain {code} failed: {message}")]
    Refused { code: String, message: String },
    #[error("cannot run rustc --explain {code}: {reason}")]
    CannotRun { code: String, reason: String },
}

impl Runner {
    /// What `rustc --explain CODE` prints (Markdown), with the installed
    /// rustc.
    pub fn rustc_explain(
        &self,
        code: &str,
        cancel: &CancelToken,
    ) -> Result<String, RustcExplainError> {
        // The code becomes an argument of rustc: only an error code may.
        if !is_error_code(code) {
            return Err(RustcExplainError::NotACode(code.to_owned()));
        }
        let rustc = match self.require(Tool::Rustc) {
            Ok(path) => path.to_path_buf(),
            Err(Halt::ToolchainMissing { help, .. }) => {
                return Err(RustcExplainError::RustcMissing {
                    code: code.to_owned(),
                    help,
                });
            }
            Err(Halt::Error(reason)) => {
                return Err(RustcExplainError::CannotRun {
                    code: code.to_owned(),
                    reason,
                });
            }
            Err(Halt::Cancelled) => {
                return Err(RustcExplainError::CannotRun {
                    code: code.to_owned(),
                    reason: "cancelled".to_owned(),
                });
            }
        };
        let invocation = Invocation::new(rustc, neutral_dir())
            .arg("--explain")
            .arg(code)
            .envs(self.child_env())
            .timeout(EXPLAIN_TIMEOUT)
            .output_cap(EXPLAIN_OUTPUT_CAP);
        let cannot_run = |reason: String| RustcExplainError::CannotRun {
            code: code.to_owned(),
            reason,
        };
        let finished = process::run(&invocation, cancel, &mut |_, _| {})
            .map_err(|e| cannot_run(e.to_string()))?;
        match finished.ending {
            Ending::Exited if finished.success() => Ok(finished.stdout_text()),
            Ending::Exited => {
                let stderr = finished.stderr_text();
                let message = stderr.trim();
                Err(RustcExplainError::Refused {
                    code: code.to_owned(),
                    message: if message.is_empty() {
                        format!("it exited with status {:?}", finished.exit_code)
                    } else {
                        message.to_owned()
                    },
                })
            }
            Ending::Cancelled => Err(cannot_run("cancelled".to_owned())),
            Ending::TimedOut(after) => Err(cannot_run(format!(
                "it did not answer within {} s",
                after.as_secs()
            ))),
            Ending::OutputLimit(_) => Err(cannot_run("it printed far too much".to_owned())),
        }
    }
}
