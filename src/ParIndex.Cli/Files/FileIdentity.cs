using System.Runtime.InteropServices;

namespace ParIndex.Cli.Files;

/// <summary>What kind of entry a path names.</summary>
internal enum FileKind
{
    Regular,
    Directory,
    /// <summary>A FIFO, a device, a socket: reading it may block forever or never end.</summary>
    Special,
}

/// <summary>
/// The identity of a file: its device and inode on Unix (so a hard link, a symbolic link or another spelling of the
/// same path is the same file), its full path elsewhere; and its kind.
/// </summary>
internal readonly record struct FileIdentity(ulong Device, ulong Inode, string? FullPath, FileKind Kind)
{
    /// <summary>The identity of an existing path (following symbolic links); <see langword="null"/> when nothing is there.</summary>
    public static FileIdentity? Of(string path)
    {
        if (string.IsNullOrEmpty(path)) return null;
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
        if (Native.TryStat(full, out var device, out var inode, out var kind)) return new FileIdentity(device, inode, null, kind);
        if (Directory.Exists(full)) return new FileIdentity(0, 0, full, FileKind.Directory);
        return File.Exists(full) ? new FileIdentity(0, 0, full, FileKind.Regular) : null;
    }

    /// <summary>Whether both name the same file.</summary>
    public bool SameFileAs(FileIdentity other) => FullPath is null && other.FullPath is null
        ? Device == other.Device && Inode == other.Inode
        : string.Equals(FullPath, other.FullPath, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static class Native
    {
        // struct stat: st_dev and st_ino lead on Linux (x64, arm64) and macOS; st_mode's offset differs.
        public static bool TryStat(string path, out ulong device, out ulong inode, out FileKind kind)
        {
            device = inode = 0;
            kind = FileKind.Regular;
            int modeOffset, modeSize;
            if (OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64) (modeOffset, modeSize) = (24, 4);
            else if (OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.Arm64) (modeOffset, modeSize) = (16, 4);
            else if (OperatingSystem.IsMacOS()) (modeOffset, modeSize) = (4, 2);
            else return false;
            var buffer = new byte[512];
            try
            {
                if (NativeMethods.stat(path, buffer) != 0) return false;
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                return false;
            }
            device = OperatingSystem.IsMacOS() ? BitConverter.ToUInt32(buffer, 0) : BitConverter.ToUInt64(buffer, 0);
            inode = BitConverter.ToUInt64(buffer, 8);
            var mode = modeSize == 4 ? BitConverter.ToUInt32(buffer, modeOffset) : BitConverter.ToUInt16(buffer, modeOffset);
            kind = (mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                _ => FileKind.Special,
            };
            return true;
        }
    }
}

internal static class NativeMethods
{
    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [return: MarshalAs(UnmanagedType.I4)]
    internal static extern int stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
}
