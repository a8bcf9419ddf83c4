import COpenBLASCore
import NumKit
import Testing

/// OpenBLAS's kernels match what the processor supports: on processors newer than the linked
/// OpenBLAS knows, it falls back to its SSE3 kernels unless NumBook asks for better ones (on
/// such a machine this test failed before COpenBLASCore, with `Prescott` kernels on a processor
/// with AVX-512).
@Suite struct BLASKernelTests {
  @Test func kernelsUseWhatTheProcessorSupports() {
    let processor = nb_processor_level()
    let kernels = nb_kernel_level(BLASKernel.coreName)
    #expect(
      kernels >= processor, "kernels \(BLASKernel.coreName) on a processor of level \(processor)")
  }

  @Test func kernelLevelsOfKnownNames() {
    #expect(nb_kernel_level("SkylakeX") == 3)
    #expect(nb_kernel_level("Cooperlake") == 3)
    #expect(nb_kernel_level("Haswell") == 2)
    #expect(nb_kernel_level("Prescott") == 1)
  }

  @Test func configurationNamesTheKernels() {
    #expect(BLASKernel.configuration.contains(BLASKernel.coreName))
  }
}
