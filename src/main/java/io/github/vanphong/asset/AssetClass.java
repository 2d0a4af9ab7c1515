package io.github.vanphong.asset;

import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;

/**
 * The class (loại) of a fixed asset under Thông tư 23/2023/TT-BTC, Điều 4: seven classes of tangible assets and six
 * of intangible ones. For example an office building is {@link #BUILDINGS}, a desktop computer {@link #MACHINERY}, the
 * accounting software of the office {@link #SOFTWARE}. Its wear rate is looked up by class ({@link WearRates}).
 *
 * <p>The list follows the circular's Điều 4 as the compiled reference reports it (verified); the names here are
 * short renderings, not the circular's wording.
 */
public enum AssetClass implements Bilingual {
  /** Loại 1: nhà, công trình xây dựng: buildings and structures. */
  BUILDINGS("Nhà, công trình xây dựng", "Buildings and structures", true),
  /** Loại 2: vật kiến trúc: other built works such as fences, yards and wells. */
  ARCHITECTURAL_WORKS("Vật kiến trúc", "Architectural works", true),
  /** Loại 3: xe ô tô: cars. */
  CARS("Xe ô tô", "Cars", true),
  /** Loại 4: phương tiện vận tải khác ngoài xe ô tô: other means of transport. */
  OTHER_VEHICLES("Phương tiện vận tải khác ngoài xe ô tô", "Other means of transport", true),
  /** Loại 5: máy móc, thiết bị: machinery and equipment, office equipment among it. */
  MACHINERY("Máy móc, thiết bị", "Machinery and equipment", true),
  /** Loại 6: cây lâu năm, súc vật làm việc hoặc cho sản phẩm: perennial plants and working animals. */
  PLANTS_AND_ANIMALS("Cây lâu năm, súc vật làm việc và cho sản phẩm", "Perennial plants and working animals", true),
  /** Loại 7: tài sản cố định hữu hình khác: other tangible fixed assets. */
  OTHER_TANGIBLE("Tài sản cố định hữu hình khác", "Other tangible fixed assets", true),
  /** Quyền sử dụng đất: land-use rights. */
  LAND_USE_RIGHTS("Quyền sử dụng đất", "Land-use rights", false),
  /** Quyền tác giả và quyền liên quan: copyright and related rights. */
  COPYRIGHT("Quyền tác giả và quyền liên quan đến quyền tác giả", "Copyright and related rights", false),
  /** Quyền sở hữu công nghiệp: industrial property rights. */
  INDUSTRIAL_PROPERTY("Quyền sở hữu công nghiệp", "Industrial property rights", false),
  /** Quyền đối với giống cây trồng: rights to plant varieties. */
  PLANT_VARIETY_RIGHTS("Quyền đối với giống cây trồng", "Plant variety rights", false),
  /** Phần mềm ứng dụng: application software. */
  SOFTWARE("Phần mềm ứng dụng", "Application software", false),
  /** Thương hiệu của đơn vị sự nghiệp công lập: the brand of a public-service unit. */
  SERVICE_UNIT_BRAND("Thương hiệu của đơn vị sự nghiệp công lập", "Brand of a public-service unit", false);

  private final String vietnameseName;
  private final String englishName;
  private final boolean tangible;

  AssetClass(String vietnameseName, String englishName, boolean tangible) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.tangible = tangible;
  }

  @Override
  public String vietnameseName() {
    return vietnameseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /**
   * Tells whether the class is one of tangible assets (hữu hình), rather than intangible (vô hình).
   *
   * @return true for the seven tangible classes
   */
  public boolean isTangible() {
    return tangible;
  }

  /**
   * Returns the article that lists the classes: Thông tư 23/2023/TT-BTC, Điều 4, verified.
   *
   * @return the basis, not null
   */
  public static LegalBasis basis() {
    return LegalBasis.builder()
        .instrument(Instruments.FIXED_ASSETS_CIRCULAR_2023)
        .article("Điều 4")
        .confirmation(Confirmation.VERIFIED)
        .build();
  }
}
