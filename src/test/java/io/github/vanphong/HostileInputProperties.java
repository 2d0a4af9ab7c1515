package io.github.vanphong;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.reflect.ClassPath;
import java.lang.reflect.Array;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import org.jspecify.annotations.Nullable;

/**
 * The fuzz suite: every public method and factory of every exported domain package, present and to come, is called
 * with hostile arguments (empty, long and control-character strings, lone surrogates, decomposed text, other
 * scripts' digits, the extreme numbers and days, nulls where a value is required) and with the library's own
 * generated values, on receivers the library's generators make. The outcome must be a value whose text can be read,
 * or a refusal of a documented kind: {@link IllegalArgumentException} (not a leaked {@link NumberFormatException}),
 * {@link IllegalStateException} (a refused command, an incomplete builder), {@link DateTimeException} (a day outside
 * the calendar's range), {@link ArithmeticException} (a count past {@code int}), or a {@link NullPointerException}
 * that names what was null, only when a null was given; every message short, whatever the input. Any other
 * exception, a message longer than {@link #LONGEST_MESSAGE} characters, a refusal that changed its receiver, or a call
 * that allocates more than {@link #ALLOCATION_FACTOR} times the size of its input (plus a fixed allowance) fails.
 *
 * <p>The methods are found by reflection on the class path, so a package added later is covered without a line here:
 * {@link #everyExportedPackageIsCalled} fails if one of the module's exported domain packages has no method called.
 * Each method is called {@link #CALLS} times with new arguments, from a fixed seed so that a failure repeats.
 */
class HostileInputProperties {

  /** The longest message a refusal may carry: a few lines, whatever the input. */
  static final int LONGEST_MESSAGE = 2_000;

  private static final int CALLS = 24;

  /** The seed, fixed so that a failure repeats; {@code -Dvanphong.fuzz.seed=...} tries others. */
  private static final long SEED = Long.getLong("vanphong.fuzz.seed", 20_261_202L);

  /** Packages that are not domain API: generators and JSON have their own suites, internal is not exported. */
  private static final ImmutableSet<String> NOT_FUZZED =
      ImmutableSet.of(
          "io.github.vanphong.testing",
          "io.github.vanphong.json",
          "io.github.vanphong.internal",
          "io.github.vanphong.jqwik");

  private static final ImmutableList<String> HOSTILE_TEXTS =
      ImmutableList.of(
          "",
          " ",
          "\u200B",
          "\uFEFF\u00A0",
          "\uD800",
          "\uDC00x",
          "\u0000\u0007\u001B",
          "Tie\u0302\u0301p co\u0302ng da\u0302n",
          "٢٠٢٧",
          "２０２７",
          "# | \n \r\n \u2028",
          "x".repeat(100_000),
          "HG-VPTU",
          "A",
          "12-BC/VPTU",
          "Số 01-TB/VPTU",
          "30/2020/NĐ-CP",
          "2016-03-01",
          "Điều 30",
          "year 2027\nbasis A | B | 2027-01-01\noff 2027-01-01..+999999999-12-31",
          "-1",
          "9999999999999999999999");

  /** How many sets of arguments the null pass tries before it gives up looking for ones the method accepts. */
  private static final int ACCEPTED_ARGUMENT_TRIES = 12;

  private static final ImmutableList<Integer> INTS =
      ImmutableList.of(0, 1, -1, 2, 3, 5, 10, 31, 366, 100_000, Integer.MAX_VALUE, Integer.MIN_VALUE);

  private static final ImmutableList<Long> LONGS =
      ImmutableList.of(0L, 1L, -1L, 40L, 70_857L, Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1);

  private static final ImmutableList<LocalDate> DAYS =
      ImmutableList.of(
          LocalDate.MIN,
          LocalDate.MAX,
          LocalDate.of(1899, 12, 31),
          LocalDate.of(1900, 1, 1),
          LocalDate.of(2005, 12, 31),
          LocalDate.of(2006, 1, 1),
          LocalDate.of(2016, 2, 29),
          LocalDate.of(2016, 3, 1),
          LocalDate.of(2025, 7, 1),
          LocalDate.of(2026, 12, 2),
          LocalDate.of(2199, 12, 31),
          LocalDate.of(2200, 1, 1));

  @Example
  void everyPublicMethodRefusesHostileInputCleanly() {
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    int calls = 0;
    for (Executable method : entryPoints()) {
      for (int i = 0; i < CALLS; i++) {
        calls++;
        @Nullable String failure = call(method, random);
        if (failure != null) {
          failures.add(failure);
          break;
        }
      }
    }
    assertThat(calls).isGreaterThan(1_000);
    assertThat(failures).as("calls that did not end in a value or a clean refusal").isEmpty();
  }

  @Example
  void aNullIsRefusedWhereItEntersNamingWhatWasNull() {
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    int calls = 0;
    int amongAccepted = 0;
    for (Executable method : entryPoints()) {
      Type[] types = method.getGenericParameterTypes();
      for (int position = 0; position < types.length; position++) {
        if (raw(types[position]).isPrimitive() || isNullable(method, position)) {
          continue;
        }
        NullCall call = callWithNullAt(method, position, random);
        calls++;
        amongAccepted += call.amongAccepted() ? 1 : 0;
        call.failure().ifPresent(failures::add);
      }
    }
    assertThat(failures).as("calls with one null argument that did not refuse it with a message").isEmpty();
    // Most nulls are given among arguments the method accepts, where nothing else can be refused first; the rest
    // (commands that need a value in a given state, days within a given range) among random ones.
    assertThat(amongAccepted).as("null calls among accepted arguments, of %d", calls).isGreaterThan(calls / 2);
  }

  @Example
  void theNullPassCatchesANullThatALaterRuleRefusesInstead() throws NoSuchMethodException {
    Executable late = Sample.class.getMethod("refusesANullTooLate", String.class);
    NullCall call = callWithNullAt(late, 0, new Random(SEED));
    assertThat(call.amongAccepted()).isTrue();
    assertThat(call.failure()).hasValueSatisfying(f -> assertThat(f).contains("not a NullPointerException"));
  }

  /** A method that finds a null wanting by a rule instead of refusing it where it enters: what the pass catches. */
  public static final class Sample {
    private Sample() {}

    public static int refusesANullTooLate(@Nullable String name) {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("the name must not be empty");
      }
      return name.length();
    }
  }

  /** One call of the null pass: whether its other arguments were ones the method accepts, and what went wrong. */
  private record NullCall(boolean amongAccepted, Optional<String> failure) {}

  /** Calls a method with a null at one position and values elsewhere; says what went wrong, if anything. */
  private static NullCall callWithNullAt(Executable method, int position, Random random) {
    Object receiver = null;
    if (method instanceof Method m && !Modifier.isStatic(m.getModifiers())) {
      receiver = generated(m.getDeclaringClass(), random).orElse(null);
      if (receiver == null) {
        return new NullCall(false, Optional.empty());
      }
    }
    Optional<Object[]> accepted = acceptedArguments(method, receiver, random);
    return new NullCall(
        accepted.isPresent(), Optional.ofNullable(nullRefusal(method, receiver, position, accepted, random)));
  }

  private static @Nullable String nullRefusal(
      Executable method, @Nullable Object receiver, int position, Optional<Object[]> accepted, Random random) {
    Object[] args;
    if (accepted.isPresent()) {
      args = accepted.get().clone();
      args[position] = null;
    } else {
      Type[] types = method.getGenericParameterTypes();
      args = new Object[types.length];
      for (int i = 0; i < types.length; i++) {
        args[i] = i == position ? null : nonNullArgument(types[i], random);
      }
    }
    try {
      if (method instanceof Method m) {
        m.invoke(receiver, args);
      } else {
        ((java.lang.reflect.Constructor<?>) method).newInstance(args);
      }
      return describe(method) + " accepted a null at argument " + (position + 1);
    } catch (InvocationTargetException e) {
      Throwable refusal = e.getCause();
      String message = refusal.getMessage();
      if (refusal instanceof NullPointerException && (message == null || isTheJvms(message))) {
        return describe(method)
            + " with a null at argument "
            + (position + 1)
            + ": the JVM's NullPointerException, not the library's, at "
            + where(refusal);
      }
      if (accepted.isPresent() && !(refusal instanceof NullPointerException)) {
        // The other arguments were accepted together a moment ago, so the null is what was refused:
        // it must be refused as a null, where it enters, not found wanting by a later rule.
        return describe(method)
            + " with a null at argument "
            + (position + 1)
            + " among arguments it accepts: "
            + refusal.getClass().getSimpleName()
            + " ("
            + cut(String.valueOf(message))
            + "), not a NullPointerException naming it, at "
            + where(refusal);
      }
      return judge(refusal, true) == null ? null : describe(method) + ": " + judge(refusal, true);
    } catch (IllegalAccessException | InstantiationException e) {
      return null;
    }
  }

  /**
   * Arguments, none of them null, that the method accepted on this receiver: the companions of a null in the null
   * pass, so that the null is the only thing the call can refuse. Empty when none of a few tries was accepted.
   */
  private static Optional<Object[]> acceptedArguments(
      Executable method, @Nullable Object receiver, Random random) {
    Type[] types = method.getGenericParameterTypes();
    for (int attempt = 0; attempt < ACCEPTED_ARGUMENT_TRIES; attempt++) {
      Object[] args = new Object[types.length];
      boolean complete = true;
      for (int i = 0; i < types.length; i++) {
        args[i] = nonNullArgument(types[i], random);
        complete &= args[i] != null && !containsNull(args[i]);
      }
      if (!complete) {
        continue;
      }
      try {
        if (method instanceof Method m) {
          m.invoke(receiver, args);
        } else {
          ((java.lang.reflect.Constructor<?>) method).newInstance(args);
        }
        return Optional.of(args);
      } catch (InvocationTargetException | IllegalAccessException | InstantiationException e) {
        // refused, or not callable from here: try other arguments
      }
    }
    return Optional.empty();
  }

  /** Whether a parameter takes null by design: {@code @Nullable} on the parameter or on its type. */
  private static boolean isNullable(Executable method, int position) {
    return method.getParameters()[position].isAnnotationPresent(Nullable.class)
        || method.getAnnotatedParameterTypes()[position].isAnnotationPresent(Nullable.class);
  }

  /** Whether a message is the JVM's own for a null dereferenced, rather than a check that names the parameter. */
  private static boolean isTheJvms(String message) {
    return message.startsWith("Cannot ") && message.contains(" because ");
  }

  private static @Nullable Object nonNullArgument(Type type, Random random) {
    for (int attempt = 0; attempt < 20; attempt++) {
      Object value = argument(type, random);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  @Example
  void everyExportedPackageIsCalled() {
    Set<String> called = new TreeSet<>();
    entryPoints().forEach(m -> called.add(m.getDeclaringClass().getPackageName()));
    Set<String> exported = new TreeSet<>();
    exported.addAll(exportedPackages());
    assertThat(called).containsAll(exported);
  }

  private static Set<String> exportedPackages() {
    Set<String> packages = new TreeSet<>();
    for (ClassPath.ClassInfo info : classes()) {
      String name = info.getPackageName();
      if (!NOT_FUZZED.contains(name)) {
        packages.add(name);
      }
    }
    return packages;
  }

  private static ImmutableList<ClassPath.ClassInfo> classes() {
    try {
      return ClassPath.from(HostileInputProperties.class.getClassLoader())
          .getTopLevelClassesRecursive("io.github.vanphong")
          .stream()
          .filter(c -> !c.getName().contains(".example."))
          .filter(c -> !NOT_FUZZED.contains(c.getPackageName()))
          .filter(c -> isMainClass(c))
          .collect(ImmutableList.toImmutableList());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean isMainClass(ClassPath.ClassInfo info) {
    java.net.URL url = info.url();
    return url.getPath().contains("/target/classes/");
  }

  /** The public methods and constructors of the public classes (and their public nested classes), sorted. */
  private static List<Executable> entryPoints() {
    List<Executable> all = new ArrayList<>();
    for (ClassPath.ClassInfo info : classes()) {
      Class<?> type = info.load();
      addEntryPoints(type, all);
    }
    all.sort(Comparator.comparing(HostileInputProperties::describe));
    return all;
  }

  private static void addEntryPoints(Class<?> type, List<Executable> all) {
    if (!Modifier.isPublic(type.getModifiers())) {
      return;
    }
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge() && !isObjectMethod(m)) {
        all.add(m);
      }
    }
    for (var c : type.getDeclaredConstructors()) {
      if (Modifier.isPublic(c.getModifiers())) {
        all.add(c);
      }
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      addEntryPoints(nested, all);
    }
  }

  /** The methods of Object, and those the compiler writes for an enum: the JDK's, not the library's. */
  private static boolean isObjectMethod(Method m) {
    boolean ofAnEnum =
        m.getDeclaringClass().isEnum()
            && (m.getName().equals("values") || m.getName().equals("valueOf"))
            && Modifier.isStatic(m.getModifiers());
    return ofAnEnum
        || switch (m.getName()) {
          case "equals", "hashCode", "toString" -> true;
          default -> false;
        };
  }

  private static String describe(Executable m) {
    StringBuilder text = new StringBuilder(m.getDeclaringClass().getName()).append('.').append(m.getName()).append('(');
    for (Class<?> p : m.getParameterTypes()) {
      text.append(p.getSimpleName()).append(',');
    }
    return text.append(')').toString();
  }

  /** Calls a method once with new arguments; returns what went wrong, or null. */
  private static @Nullable String call(Executable method, Random random) {
    Object receiver = null;
    if (method instanceof Method m && !Modifier.isStatic(m.getModifiers())) {
      receiver = generated(m.getDeclaringClass(), random).orElse(null);
      if (receiver == null) {
        return null; // no generator for the type: its instances come from factories, called on their own
      }
    }
    Type[] types = method.getGenericParameterTypes();
    Object[] args = new Object[types.length];
    boolean nullGiven = false;
    for (int i = 0; i < types.length; i++) {
      args[i] = argument(types[i], random);
      nullGiven |= args[i] == null || containsNull(args[i]);
    }
    String before = receiver == null ? "" : safeText(receiver);
    long allocatedBefore = allocatedBytesNow();
    try {
      Object result =
          method instanceof Method m ? m.invoke(receiver, args) : ((java.lang.reflect.Constructor<?>) method).newInstance(args);
      if (result != null) {
        String unused = result.toString();
        int unusedHash = result.hashCode();
      }
      @Nullable String memory = tooMuchMemory(allocatedBefore, args);
      return memory == null ? null : describe(method) + " with " + show(args) + ": " + memory;
    } catch (InvocationTargetException e) {
      Throwable refusal = e.getCause();
      @Nullable String what = judge(refusal, nullGiven);
      if (what == null) {
        what = tooMuchMemory(allocatedBefore, args);
      }
      if (what == null && receiver != null && !safeText(receiver).equals(before)) {
        what = "the refusal changed its receiver";
      }
      return what == null ? null : describe(method) + " with " + show(args) + ": " + what;
    } catch (IllegalAccessException | InstantiationException e) {
      return null; // a public method of a class the module does not open to reflection here
    } catch (RuntimeException e) {
      return describe(method) + " with " + show(args) + ": " + e;
    }
  }

  /**
   * The bytes the calling thread has allocated, by the JVM's count (a count of bytes, not a timing): HotSpot's {@code
   * com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}, reached by a method handle because the tests
   * compile inside the library's module, which does not read {@code jdk.management}.
   */
  private static final java.lang.invoke.MethodHandle ALLOCATED = allocatedBytes();

  private static java.lang.invoke.MethodHandle allocatedBytes() {
    try {
      Class<?> beanType = Class.forName("com.sun.management.ThreadMXBean");
      return java.lang.invoke.MethodHandles.publicLookup()
          .findVirtual(beanType, "getCurrentThreadAllocatedBytes", java.lang.invoke.MethodType.methodType(long.class))
          .bindTo(java.lang.management.ManagementFactory.getThreadMXBean());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("the JVM counts no allocated bytes per thread", e);
    }
  }

  private static long allocatedBytesNow() {
    try {
      return (long) ALLOCATED.invokeExact();
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  /**
   * A call may allocate at most {@link #ALLOCATION_FACTOR} times the size of its input, plus {@link
   * #ALLOCATION_ALLOWANCE} for what any call may build once (a calendar's tables, a rule book): an input that makes
   * the library allocate without bound fails here rather than exhausting the heap.
   */
  static final long ALLOCATION_FACTOR = 64;

  static final long ALLOCATION_ALLOWANCE = 48L << 20;

  private static @Nullable String tooMuchMemory(long allocatedBefore, Object[] args) {
    long allocated = allocatedBytesNow() - allocatedBefore;
    long input = 0;
    for (Object arg : args) {
      input += sizeOf(arg);
    }
    long bound = ALLOCATION_FACTOR * input + ALLOCATION_ALLOWANCE;
    return allocated <= bound
        ? null
        : "allocated " + (allocated >> 20) + " MiB for an input of about " + (input >> 10) + " KiB";
  }

  /** A generous estimate of an argument's size: its characters, its elements, or a kilobyte for a value. */
  private static long sizeOf(@Nullable Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof CharSequence text) {
      return 2L * text.length() + 64;
    }
    if (value.getClass().isArray()) {
      long size = 64;
      for (int i = 0; i < Array.getLength(value); i++) {
        size += sizeOf(Array.get(value, i));
      }
      return size;
    }
    if (value instanceof Collection<?> elements) {
      long size = 64;
      for (Object element : elements) {
        size += sizeOf(element);
      }
      return size;
    }
    if (value instanceof Map<?, ?> map) {
      long size = 64;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        size += sizeOf(entry.getKey()) + sizeOf(entry.getValue());
      }
      return size;
    }
    return 1024;
  }

  private static String safeText(Object value) {
    try {
      return value.toString();
    } catch (RuntimeException e) {
      return "toString threw " + e;
    }
  }

  private static @Nullable String judge(Throwable refusal, boolean nullGiven) {
    String message = refusal.getMessage();
    if (refusal instanceof NumberFormatException) {
      return "a NumberFormatException leaked: " + refusal;
    }
    boolean documented =
        refusal instanceof IllegalArgumentException
            || refusal instanceof IllegalStateException
            || refusal instanceof DateTimeException
            || refusal instanceof ArithmeticException
            || (refusal instanceof NullPointerException && nullGiven);
    if (!documented) {
      return "an undocumented " + refusal.getClass().getName() + ": " + cut(String.valueOf(message)) + " at " + where(refusal);
    }
    if (message == null || message.isBlank()) {
      return "a " + refusal.getClass().getSimpleName() + " with no message at " + where(refusal);
    }
    if (message.length() > LONGEST_MESSAGE) {
      return "a message of " + message.length() + " characters: " + cut(message);
    }
    return null;
  }

  private static String where(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    return trace.length == 0 ? "?" : trace[0].toString();
  }

  private static String cut(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }

  private static String show(Object[] args) {
    StringBuilder text = new StringBuilder("[");
    for (Object a : args) {
      String s = a == null ? "null" : a.getClass().isArray() ? "array" : safeText(a);
      text.append(cut(s).replace("\n", "\\n")).append(", ");
    }
    return text.append(']').toString();
  }

  private static boolean containsNull(Object value) {
    if (value.getClass().isArray()) {
      for (int i = 0; i < Array.getLength(value); i++) {
        Object element = Array.get(value, i);
        if (element == null || containsNull(element)) {
          return true;
        }
      }
    }
    if (value instanceof Collection<?> c) {
      for (Object element : c) {
        if (element == null) {
          return true;
        }
      }
    }
    return false;
  }

  /** An argument of a type: hostile values of the JDK's types, the library's generated values, or null. */
  private static @Nullable Object argument(Type type, Random random) {
    if (random.nextInt(10) == 0 && !(type instanceof Class<?> c && c.isPrimitive())) {
      return null;
    }
    Class<?> raw = raw(type);
    if (raw == int.class || raw == Integer.class) {
      return pick(INTS, random);
    }
    if (raw == long.class || raw == Long.class) {
      return pick(LONGS, random);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return random.nextBoolean();
    }
    if (raw == String.class || raw == CharSequence.class) {
      return random.nextInt(4) == 0 ? randomText(random) : pick(HOSTILE_TEXTS, random);
    }
    if (raw == LocalDate.class) {
      return random.nextInt(3) == 0 ? LocalDate.ofEpochDay(random.nextInt(200 * 366) - 30 * 366) : pick(DAYS, random);
    }
    if (raw == YearMonth.class) {
      LocalDate day = pick(DAYS, random);
      return YearMonth.from(day);
    }
    if (raw == Period.class) {
      return pick(
          ImmutableList.of(
              Period.ZERO, Period.ofDays(1), Period.ofDays(-1), Period.ofMonths(6), Period.ofYears(1),
              Period.of(Integer.MAX_VALUE, 11, 30), Period.of(0, 1, 3)),
          random);
    }
    if (raw == DayOfWeek.class) {
      return DayOfWeek.of(1 + random.nextInt(7));
    }
    if (raw == Month.class) {
      return Month.of(1 + random.nextInt(12));
    }
    if (raw == OptionalInt.class) {
      return random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(pick(INTS, random));
    }
    if (raw == Optional.class) {
      Object element = random.nextBoolean() ? null : argument(typeArgument(type, 0), random);
      return Optional.ofNullable(element);
    }
    if (raw.isArray()) {
      int n = random.nextInt(4);
      Object array = Array.newInstance(raw.getComponentType(), n);
      for (int i = 0; i < n; i++) {
        Object element = argument(raw.getComponentType(), random);
        if (element != null || !raw.getComponentType().isPrimitive()) {
          Array.set(array, i, element);
        }
      }
      return array;
    }
    if (raw == List.class || raw == Collection.class || raw == Iterable.class || raw == ImmutableList.class) {
      List<Object> list = new ArrayList<>();
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        Object element = argument(typeArgument(type, 0), random);
        if (element != null) {
          list.add(element);
        }
      }
      return raw == ImmutableList.class ? ImmutableList.copyOf(list) : list;
    }
    if (raw == Set.class || raw == SortedSet.class || raw == ImmutableSet.class) {
      Set<Object> set = new java.util.LinkedHashSet<>();
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        Object element = argument(typeArgument(type, 0), random);
        if (element != null) {
          set.add(element);
        }
      }
      if (raw == SortedSet.class) {
        try {
          return new TreeSet<>(set);
        } catch (ClassCastException e) {
          return new TreeSet<>();
        }
      }
      return raw == ImmutableSet.class ? ImmutableSet.copyOf(set) : set;
    }
    if (raw == Map.class || raw == SortedMap.class || raw == ImmutableMap.class) {
      Map<Object, Object> map = new java.util.LinkedHashMap<>();
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        Object key = argument(typeArgument(type, 0), random);
        Object value = argument(typeArgument(type, 1), random);
        if (key != null && value != null) {
          map.put(key, value);
        }
      }
      if (raw == SortedMap.class) {
        try {
          return new TreeMap<>(map);
        } catch (ClassCastException e) {
          return new TreeMap<>();
        }
      }
      return raw == ImmutableMap.class ? ImmutableMap.copyOf(map) : map;
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    return generated(raw, random).orElse(null);
  }

  private static final Map<Class<?>, Optional<Arbitrary<?>>> GENERATORS = new java.util.concurrent.ConcurrentHashMap<>();

  /** A value the library's generators make for a type, where they make one. */
  private static Optional<Object> generated(Class<?> type, Random random) {
    if (!type.getName().startsWith("io.github.vanphong")) {
      return Optional.empty();
    }
    Optional<Arbitrary<?>> arbitrary =
        GENERATORS.computeIfAbsent(
            type,
            t -> {
              try {
                Arbitrary<?> a = Arbitraries.defaultFor(t);
                a.generator(100).next(new Random(1)).value(); // fails at once if no provider makes the type
                return Optional.of(a);
              } catch (RuntimeException noGenerator) {
                return Optional.empty();
              }
            });
    if (arbitrary.isPresent()) {
      return arbitrary.map(a -> (Object) a.generator(100).next(random).value());
    }
    return freshBuilder(type);
  }

  /** A new builder, for a builder type that its enclosing class makes with a public static {@code builder()}. */
  private static Optional<Object> freshBuilder(Class<?> type) {
    Class<?> outer = type.getEnclosingClass();
    if (outer == null) {
      return Optional.empty();
    }
    try {
      Method builder = outer.getMethod("builder");
      if (!Modifier.isStatic(builder.getModifiers()) || !type.isAssignableFrom(builder.getReturnType())) {
        return Optional.empty();
      }
      return Optional.of(builder.invoke(null));
    } catch (ReflectiveOperationException notABuilder) {
      return Optional.empty();
    }
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private static String randomText(Random random) {
    int n = random.nextInt(40);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(6);
      int cp =
          switch (kind) {
            case 0 -> 0x20 + random.nextInt(0x5F);
            case 1 -> 0xC0 + random.nextInt(0x1F00);
            case 2 -> random.nextInt(0x20);
            case 3 -> 0xD800 + random.nextInt(0x800);
            case 4 -> 0x1F600 + random.nextInt(0x40);
            default -> "AĐđƠơƯưẠạẾếỸỹ0123456789-/|#.".codePointAt(random.nextInt(28));
          };
      text.appendCodePoint(cp);
    }
    return text.toString();
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }
}
