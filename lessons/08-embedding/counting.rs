use std::io::{self, Write};

struct CountingWriter<W: Write> {
    inner: W,
    n: usize,
}

// Write has two required methods; write_all, write_fmt and the
// rest are default methods that end up calling our `write`.
impl<W: Write> Write for CountingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.n += n;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

fn main() -> io::Result<()> {
    let mut cw = CountingWriter {
        inner: io::stdout(),
        n: 0,
    };
    let (a, b) = (2, 3);
    writeln!(cw, "hello")?;
    writeln!(cw, "{a} + {b}")?;
    println!("bytes: {}", cw.n);
    Ok(())
}
