// Every analyzer suppression of ParIndex.Cli, each scoped to one member and with its reason. No #pragma elsewhere.
using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage("Design", "CA1031:Do not catch general exception types",
    Justification = "The top of the program: anything unexpected becomes one line and exit code 2, never a stack trace.",
    Scope = "member",
    Target = "~M:ParIndex.Cli.CliApp.Run(System.String[],System.IO.TextWriter,System.IO.TextWriter,System.Threading.CancellationToken,System.Boolean,System.Collections.Concurrent.ConcurrentDictionary{System.String,System.Byte})~System.Int32")]
[assembly: SuppressMessage("Globalization", "CA2101:Specify marshaling for P/Invoke string arguments",
    Justification = "The path is marshalled as UTF-8 (LPUTF8Str), which is what libc's stat expects; CA2101 asks for a Unicode charset, which would be wrong here.",
    Scope = "member",
    Target = "~M:ParIndex.Cli.Files.NativeMethods.stat(System.String,System.Byte[])~System.Int32")]
[assembly: SuppressMessage("Interoperability", "SYSLIB1054:Use 'LibraryImportAttribute' instead of 'DllImportAttribute' to generate P/Invoke marshalling code at compile time",
    Justification = "A plain DllImport keeps the project free of unsafe code (LibraryImport needs AllowUnsafeBlocks for a byte[] out buffer); one call per file, not a hot path.",
    Scope = "member",
    Target = "~M:ParIndex.Cli.Files.NativeMethods.stat(System.String,System.Byte[])~System.Int32")]
