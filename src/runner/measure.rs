//! Measuring a program's peak memory on its own.
//!
//! On Linux, `exec` folds the high-water mark of the address space it
//! replaces into the process's `ru_maxrss` (fs/exec.c, `exec_mmap`). A child
//! that gorust starts directly begins life as gorust (posix_spawn shares
//! gorust's address space until the exec; a plain fork copies its anonymous
//! pages), so every small program used to be reported at gorust's size.
//!
//! So a program whose memory we report is started by a helper: gorust's own
//! binary, freshly exec'd with [`HELPER_ARG`], which forks (a real fork of a
//! process that has done nothing yet) and execs the program, waits for it,
//! and writes the program's status, `ru_maxrss` and run time to
//! [`REPORT_FD`]. The only memory that can be folded in is the helper's few
//! hundred KiB of copied pages, less than any program's own: the same figure
//! GNU time (`/usr/bin/time -f %M`) gives, which measures the same way.

use std::ffi::{CString, OsString};
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::time::{Duration, Instant};

/// The first argument that turns gorust into the helper. Not a command a
/// person would type, and never shown in `--help`.
pub(crate) const HELPER_ARG: &str = "--gorust-internal-measured-run";

/// The descriptor the helper writes its report to (the parent puts the
/// write end of a pipe there).
pub(crate) const REPORT_FD: libc::c_int = 3;

/// Given after [`HELPER_ARG`] instead of a program: the helper was started
/// ahead of its program (while it builds) and reads the program's command
/// line from [`PROGRAM_FD`], each word ended by a NUL; end of file with
/// nothing read means there is nothing to run.
pub(crate) const WAIT_ARG: &str = "--wait";

/// Where a waiting helper reads its program's command line.
pub(crate) const PROGRAM_FD: libc::c_int = 4;

/// What gorust sends the helper to stop the program. The helper kills the
/// program and reaps it itself: killing both at once would leave the
/// program a zombie for init to collect, and lose the report.
pub(crate) const STOP_SIGNAL: libc::c_int = libc::SIGTERM;

/// The program's pid once forked, for the stop handler.
static CHILD: AtomicI32 = AtomicI32::new(0);
/// A stop that came before the fork.
static STOP: AtomicBool = AtomicBool::new(false);

extern "C" fn on_stop(_: libc::c_int) {
    STOP.store(true, Ordering::SeqCst);
    let child = CHILD.load(Ordering::SeqCst);
    if child > 0 {
        // SAFETY: kill is async-signal-safe; `child` is our unreaped child.
        unsafe { libc::kill(child, libc::SIGKILL) };
    }
}

/// Exit status of the helper when it could not even try (bad arguments, no
/// report descriptor).
const HELPER_TROUBLE: i32 = 125;

static SELF_HELPER: OnceLock<PathBuf> = OnceLock::new();

/// Call first thing in `main`. When this process was started as the helper,
/// runs the program and exits; otherwise remembers that this binary can
/// serve as the helper of the runners it creates, and returns.
pub fn serve_as_helper_or_continue() {
    let mut args = std::env::args_os();
    let _ = args.next();
    if args.next().as_deref() == Some(HELPER_ARG.as_ref()) {
        let mut program: Vec<OsString> = args.collect();
        if program.first().is_some_and(|arg| arg == WAIT_ARG) {
            program = match read_program() {
                Some(program) => program,
                None => std::process::exit(HELPER_TROUBLE),
            };
        }
        std::process::exit(helper(&program));
    }
    // /proc/self/exe is this binary even if the file was replaced or deleted
    // since (an upgrade while the tutorial is open).
    let exe = match cfg!(target_os = "linux") {
        true => Some(PathBuf::from("/proc/self/exe")),
        false => std::env::current_exe().ok(),
    };
    if let Some(exe) = exe {
        let _ = SELF_HELPER.set(exe);
    }
}

/// The helper a new [`super::Runner`] uses by default: this binary, when its
/// `main` called [`serve_as_helper_or_continue`].
pub(crate) fn default_helper() -> Option<PathBuf> {
    SELF_HELPER.get().cloned()
}

/// The command line a waiting helper is sent, read to end of file; `None`
/// when there is none (the program was not to run after all).
fn read_program() -> Option<Vec<OsString>> {
    use std::io::Read;
    use std::os::fd::FromRawFd;
    use std::os::unix::ffi::OsStringExt;
    // SAFETY: PROGRAM_FD was placed by our parent for us alone; the File
    // owns it from here and closes it, so the program does not inherit it.
    let mut pipe = unsafe { std::fs::File::from_raw_fd(PROGRAM_FD) };
    let mut bytes = Vec::new();
    pipe.read_to_end(&mut bytes).ok()?;
    let words = bytes.strip_suffix(&[0])?;
    Some(
        words
            .split(|&b| b == 0)
            .map(|word| OsString::from_vec(word.to_vec()))
            .collect(),
    )
}

/// What the helper found out about the program it ran.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Report {
    /// The program ran: its wait status, peak memory and wall time.
    Ran {
        status: i32,
        max_rss_kib: u64,
        elapsed: Duration,
    },
    /// The program could not be started (errno of the failed exec).
    NotStarted { errno: i32 },
}

impl Report {
    fn line(&self) -> String {
        match self {
            Report::Ran {
                status,
                max_rss_kib,
                elapsed,
            } => format!("ran {status} {max_rss_kib} {}\n", elapsed.as_micros()),
            Report::NotStarted { errno } => format!("not-started {errno}\n"),
        }
    }

    pub(crate) fn parse(text: &str) -> Option<Report> {
        let mut words = text.split_whitespace();
        match words.next()? {
            "ran" => Some(Report::Ran {
                status: words.next()?.parse().ok()?,
                max_rss_kib: words.next()?.parse().ok()?,
                elapsed: Duration::from_micros(words.next()?.parse().ok()?),
            }),
            "not-started" => Some(Report::NotStarted {
                errno: words.next()?.parse().ok()?,
            }),
            _ => None,
        }
    }
}

/// The helper itself: a fresh, single-threaded process, so forking and
/// allocating in the child are safe.
fn helper(program: &[OsString]) -> i32 {
    // SAFETY: fcntl on a descriptor number only reads or sets its flags; a
    // closed descriptor gives -1, which is checked.
    let report_open = unsafe { libc::fcntl(REPORT_FD, libc::F_SETFD, libc::FD_CLOEXEC) } != -1;
    if !report_open || program.is_empty() {
        eprintln!("gorust: {HELPER_ARG} is for gorust's own use");
        return HELPER_TROUBLE;
    }
    let Ok(argv) = program
        .iter()
        .map(|arg| CString::new(arg.as_bytes()))
        .collect::<Result<Vec<CString>, _>>()
    else {
        return report(&Report::NotStarted {
            errno: libc::EINVAL,
        });
    };
    let mut argv_ptrs: Vec<*const libc::c_char> = argv.iter().map(|a| a.as_ptr()).collect();
    argv_ptrs.push(std::ptr::null());

    // The exec's failure comes back through this pipe; success closes it.
    let mut exec_pipe = [0 as libc::c_int; 2];
    // SAFETY: pipe writes two descriptors into the array we own.
    if unsafe { libc::pipe(exec_pipe.as_mut_ptr()) } == -1 {
        return report(&Report::NotStarted {
            errno: last_errno(),
        });
    }
    for fd in exec_pipe {
        // SAFETY: sets a flag on a descriptor we just created.
        unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    // SAFETY: installs a handler that only touches atomics and calls kill.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_stop as extern "C" fn(libc::c_int) as libc::sighandler_t;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(STOP_SIGNAL, &action, std::ptr::null_mut());
    }
    let start = Instant::now();
    // SAFETY: this process has one thread, so the child may do anything.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        exec_child(&argv_ptrs, exec_pipe[1]);
    }
    if pid > 0 {
        CHILD.store(pid, Ordering::SeqCst);
        if STOP.load(Ordering::SeqCst) {
            // SAFETY: our own child, not yet reaped.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
    }
    if pid == -1 {
        return report(&Report::NotStarted {
            errno: last_errno(),
        });
    }
    // SAFETY: closing our copy of the write end, which we own.
    unsafe { libc::close(exec_pipe[1]) };
    let mut errno_bytes = [0u8; 4];
    let read = loop {
        // SAFETY: reads at most 4 bytes into a 4-byte local.
        let n = unsafe { libc::read(exec_pipe[0], errno_bytes.as_mut_ptr().cast(), 4) };
        if n == -1 && last_errno() == libc::EINTR {
            continue;
        }
        break n;
    };
    let (status, usage) = wait(pid);
    let elapsed = start.elapsed();
    if read == 4 {
        return report(&Report::NotStarted {
            errno: i32::from_ne_bytes(errno_bytes),
        });
    }
    report(&Report::Ran {
        status,
        max_rss_kib: super::process::max_rss_kib(&usage).unwrap_or(0),
        elapsed,
    })
}

/// In the forked child: a clean signal state, then the program.
fn exec_child(argv: &[*const libc::c_char], exec_error: libc::c_int) -> ! {
    // SAFETY: plain libc calls on our own process; argv is NULL-terminated
    // and its strings outlive the exec.
    unsafe {
        // Rust ignores SIGPIPE in every binary, and an ignored signal stays
        // ignored across exec: the program must get the default back. (The
        // stop handler is reset by the exec itself.)
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        let mut empty: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut empty);
        libc::sigprocmask(libc::SIG_SETMASK, &empty, std::ptr::null_mut());
        libc::execvp(argv[0], argv.as_ptr());
        let errno = last_errno().to_ne_bytes();
        libc::write(exec_error, errno.as_ptr().cast(), errno.len());
        libc::_exit(127);
    }
}

fn wait(pid: libc::pid_t) -> (i32, libc::rusage) {
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is a plain C struct of integers; all-zero is valid.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `pid` is our child; the pointers are to live locals.
        let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if reaped == -1 && last_errno() == libc::EINTR {
            continue;
        }
        return (status, usage);
    }
}

fn report(report: &Report) -> i32 {
    let line = report.line();
    // SAFETY: writes our own buffer to the report descriptor.
    let written = unsafe { libc::write(REPORT_FD, line.as_ptr().cast(), line.len()) };
    match written == line.len() as isize {
        true => 0,
        false => HELPER_TROUBLE,
    }
}

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn reports_survive_the_pipe() {
        for report in [
            Report::Ran {
                status: 256,
                max_rss_kib: 1880,
                elapsed: Duration::from_micros(1234),
            },
            Report::NotStarted { errno: 2 },
        ] {
            assert_eq!(Report::parse(&report.line()), Some(report));
        }
        assert_eq!(Report::parse(""), None);
        assert_eq!(Report::parse("ran x"), None);
    }
}
