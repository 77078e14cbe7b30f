using System.Diagnostics;

namespace Alliance.Tests.Support;

/// <summary>
/// Makes files read-only for the portal under test, as an operator's mistake or a full disk remounted
/// read-only would: with <c>chmod</c> for an ordinary user, and with <c>chattr +i</c> when the tests run
/// as root, who ignores file permissions but not the immutable flag. Disposing makes them writable again.
/// </summary>
public sealed class ReadOnlyFiles : IDisposable
{
    private readonly string[] _paths;

    private ReadOnlyFiles(string[] paths) => _paths = paths;

    /// <summary>The SQLite file and its journal files (those that exist) made read-only.</summary>
    public static ReadOnlyFiles Database(string path) =>
        Make([.. new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists)]);

    public static ReadOnlyFiles Make(params string[] paths)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("Read-only files are made with chmod or chattr, on Linux.");
        }
        var files = new ReadOnlyFiles(paths);
        if (Environment.UserName == "root")
        {
            Run("chattr", "+i", paths);
        }
        else
        {
            foreach (var path in paths)
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            }
        }
        return files;
    }

    public void Dispose()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        if (Environment.UserName == "root")
        {
            Run("chattr", "-i", _paths);
            return;
        }
        foreach (var path in _paths)
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }

    private static void Run(string command, string flag, string[] paths)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true };
        start.ArgumentList.Add(flag);
        foreach (var path in paths)
        {
            start.ArgumentList.Add(path);
        }
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"{command} could not be started.");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{command} {flag} failed ({error.Trim()}): a root test run needs CAP_LINUX_IMMUTABLE and a file system with the immutable flag (ext4, xfs, btrfs).");
        }
    }
}
