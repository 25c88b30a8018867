package org.policydesk.database;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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
 * and falls back on "school_id" when it fails, so every row of every list raised one exception per
 * two-word component, and H2 writes each one with its stack trace into {@code data/policydesk.trace.db}:
 * listing 2,003 pupils took 0.7-1.6 s and wrote 130 MB of trace. Here the columns are found once per
 * query, from the result's own list of columns. One mapper per query: {@code .query(RecordRows.of(Person.class))}.
 */
public final class RecordRows<T extends Record> implements RowMapper<T> {

    private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

    private final Class<T> type;
    private final Constructor<T> constructor;
    private final String[] names;
    private final TypeDescriptor[] types;
    private ResultSet resolvedFor;
    private int[] columns;

    private RecordRows(Class<T> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        try {
            constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                .toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
        names = Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new);
        types = new TypeDescriptor[names.length];
        for (int i = 0; i < names.length; i++) {
            types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
        }
    }

    public static <T extends Record> RecordRows<T> of(Class<T> type) {
        return new RecordRows<>(type);
    }

    @Override
    public T mapRow(ResultSet rs, int rowNum) throws SQLException {
        if (rs != resolvedFor) {
            columns = columnsOf(rs.getMetaData());
            resolvedFor = rs;
        }
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = CONVERSIONS.convert(JdbcUtils.getResultSetValue(rs, columns[i], types[i].getType()), types[i]);
        }
        return BeanUtils.instantiateClass(constructor, values);
    }

    private int[] columnsOf(ResultSetMetaData metaData) throws SQLException {
        Map<String, Integer> byName = new HashMap<>();
        for (int column = metaData.getColumnCount(); column >= 1; column--) {
            byName.put(JdbcUtils.lookupColumnName(metaData, column).toLowerCase(Locale.ROOT), column);
        }
        int[] found = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            String snakeCase = JdbcUtils.convertPropertyNameToUnderscoreName(names[i]);
            Integer column = byName.getOrDefault(names[i].toLowerCase(Locale.ROOT), byName.get(snakeCase));
            if (column == null) {
                throw new SQLException("The query gives no column " + snakeCase + " for " + names[i] + " of "
                    + type.getSimpleName() + "; it gives " + byName.keySet() + ".");
            }
            found[i] = column;
        }
        return found;
    }
}
