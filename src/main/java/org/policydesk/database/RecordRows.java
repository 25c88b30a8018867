package org.policydesk.database;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps each row of a query to a record: each component from the column of its name in snake_case
 * ({@code schoolId} from {@code school_id}) or written as it is, converted as JdbcClient's
 * {@code query(Class)} converts it. That method asks the driver for a column called "schoolId" first
 * and falls back on "school_id" when it fails, so every row raised one exception for each component
 * whose name is not its column's, and H2 writes each one with its stack trace into
 * {@code data/policydesk.trace.db}: listing 2,003 pupils took 0.7-1.6 s and wrote about 16 MB of trace
 * each time. Here the columns are found once per query, from the result's own list of columns.
 * {@code .query(RecordRows.of(Person.class))}; a mapper may also be kept and shared between threads.
 */
public final class RecordRows<T extends Record> implements RowMapper<T> {

    private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();
    /** SQLSTATE "column not found", so Spring reports a missing column as bad SQL, as it did before. */
    private static final String COLUMN_NOT_FOUND = "42S22";

    /** Each record's constructor and components, read by reflection once per class, not once per query. */
    private static final ClassValue<Shape<?>> SHAPES = new ClassValue<>() {
        @Override
        protected Shape<?> computeValue(Class<?> type) {
            return Shape.of(type.asSubclass(Record.class));
        }
    };

    private final Shape<T> shape;
    /** The columns of the result last mapped: one object, so that threads sharing the mapper never mix two. */
    private volatile Columns columns;

    private record Columns(ResultSet of, int[] indexes) {
    }

    private record Shape<T extends Record>(Class<T> type, Constructor<T> constructor, String[] names, TypeDescriptor[] types) {

        static <T extends Record> Shape<T> of(Class<T> type) {
            RecordComponent[] components = type.getRecordComponents();
            Constructor<T> constructor;
            try {
                constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
            TypeDescriptor[] types = new TypeDescriptor[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
            }
            return new Shape<>(type, constructor, Arrays.stream(components).map(RecordComponent::getName)
                .toArray(String[]::new), types);
        }
    }

    private RecordRows(Shape<T> shape) {
        this.shape = shape;
    }

    @SuppressWarnings("unchecked")
    public static <T extends Record> RecordRows<T> of(Class<T> type) {
        return new RecordRows<>((Shape<T>) SHAPES.get(type));
    }

    @Override
    public T mapRow(ResultSet rs, int rowNum) throws SQLException {
        Columns columns = this.columns;
        if (columns == null || columns.of() != rs) {
            columns = new Columns(rs, columnsOf(rs.getMetaData()));
            this.columns = columns;
        }
        TypeDescriptor[] types = shape.types();
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            values[i] = CONVERSIONS.convert(JdbcUtils.getResultSetValue(rs, columns.indexes()[i], types[i].getType()),
                types[i]);
        }
        return BeanUtils.instantiateClass(shape.constructor(), values);
    }

    private int[] columnsOf(ResultSetMetaData metaData) throws SQLException {
        List<String> labels = new ArrayList<>();
        for (int column = 1; column <= metaData.getColumnCount(); column++) {
            labels.add(JdbcUtils.lookupColumnName(metaData, column).toLowerCase(Locale.ROOT));
        }
        String[] names = shape.names();
        int[] found = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            String snakeCase = JdbcUtils.convertPropertyNameToUnderscoreName(names[i]);
            int column = labels.indexOf(names[i].toLowerCase(Locale.ROOT));
            if (column < 0) {
                column = labels.indexOf(snakeCase);
            }
            if (column < 0) {
                throw new SQLException("The query gives no column " + snakeCase + " for " + names[i] + " of "
                    + shape.type().getSimpleName() + "; it gives " + labels + ".", COLUMN_NOT_FOUND);
            }
            found[i] = column + 1;
        }
        return found;
    }
}
