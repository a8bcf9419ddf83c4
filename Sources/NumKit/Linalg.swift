import CBLAS

extension NDArray {
  /// `np.dot(a, b)` for 1-D and 2-D operands: float products go to OpenBLAS (`dgemm`/`sgemm`),
  /// integer products to a plain loop.
  public static func dot(_ a: NDArray, _ b: NDArray) throws(NumKitError) -> NDArray {
    let a2 =
      a.ndim == 1
      ? NDArray(
        storage: a.storage, shape: [1, a.shape[0]], strides: [0, a.strides[0]], offset: a.offset)
      : a
    let b2 =
      b.ndim == 1
      ? NDArray(
        storage: b.storage, shape: [b.shape[0], 1], strides: [b.strides[0], 0], offset: b.offset)
      : b
    guard a2.ndim == 2, b2.ndim == 2 else {
      throw .value("dot of arrays with more than 2 dimensions is not supported yet")
    }
    let (m, k) = (a2.shape[0], a2.shape[1])
    let (k2, n) = (b2.shape[0], b2.shape[1])
    guard k == k2 else {
      throw .value(
        "shapes \(ShapeText.tuple(a.shape)) and \(ShapeText.tuple(b.shape)) not aligned: \(k) (dim \(a.ndim - 1)) != \(k2) (dim 0)"
      )
    }
    let type = DType.promote(a.dtype, b.dtype)
    var out = NDArray(zeros: [m, n], dtype: type == .bool ? .bool : type)
    if type == .float64 || type == .float32 {
      let x = a2.copy(as: type)
      let y = b2.copy(as: type)
      if type == .float64 {
        cblas_dgemm(
          CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k), 1,
          x.storage.pointer(Double.self), Int32(max(k, 1)), y.storage.pointer(Double.self),
          Int32(max(n, 1)), 0, out.storage.pointer(Double.self), Int32(max(n, 1)))
      } else {
        cblas_sgemm(
          CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k), 1,
          x.storage.pointer(Float.self), Int32(max(k, 1)), y.storage.pointer(Float.self),
          Int32(max(n, 1)), 0, out.storage.pointer(Float.self), Int32(max(n, 1)))
      }
    } else {
      for i in 0..<m {
        for j in 0..<n {
          var s = 0
          for t in 0..<k { s &+= a2.int(at: i * k + t) &* b2.int(at: t * n + j) }
          out.setFlat(i * n + j, Double(s), int: s)
        }
      }
    }
    if a.ndim == 1 && b.ndim == 1 {
      out.shape = []; out.strides = []
    } else if a.ndim == 1 {
      out.shape = [n]; out.strides = [1]
    } else if b.ndim == 1 {
      out.shape = [m]; out.strides = [1]
    }
    return out
  }
}
