using k8s.Models;

namespace Kubernetes.Workloads;

// Restricted Pod Security Standard: non-root, no privilege escalation, no capabilities, the runtime's seccomp
// profile, and a read-only root filesystem with emptyDir volumes only where the process writes.
public static class WorkloadSecurity
{
    public static V1PodSecurityContext Pod(WorkloadOptions options) => new()
    {
        RunAsNonRoot = true,
        RunAsUser = options.RunAsUser,
        RunAsGroup = options.RunAsUser,
        FsGroup = options.RunAsUser,
        SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
    };

    public static V1SecurityContext Container() => new()
    {
        AllowPrivilegeEscalation = false,
        ReadOnlyRootFilesystem = true,
        Capabilities = new V1Capabilities { Drop = ["ALL"] },
    };

    public static List<V1Volume> Volumes(WorkloadOptions options) =>
        [.. WritablePaths(options).Select(p => new V1Volume { Name = VolumeName(p), EmptyDir = new V1EmptyDirVolumeSource() })];

    public static List<V1VolumeMount> Mounts(WorkloadOptions options) =>
        [.. WritablePaths(options).Select(p => new V1VolumeMount { MountPath = p, Name = VolumeName(p) })];

    private static IEnumerable<string> WritablePaths(WorkloadOptions options) =>
        (options.WritablePaths ?? []).Distinct(StringComparer.Ordinal);

    // "/tmp" → "tmp", "/var/lib/data" → "var-lib-data".
    private static string VolumeName(string path) => path.Trim('/').Replace('/', '-').ToLowerInvariant();
}
