//! The one SQL surface the desk's modules write against, over SQLite or PostgreSQL.
//!
//! The modules (requests, referrals, auth, SMS, figures…) keep their SQL and their row
//! decoding; they receive a [`Connection`] that is either a savepoint of the SQLite writer or
//! reader, or a PostgreSQL connection inside the desk's transaction. The shape is rusqlite's
//! (`execute`, `query_row`, `prepare` + `query_map`, `optional()`, `params!`), so that one
//! statement is written once for both engines. Values cross as five kinds ([`Value`]), as in
//! SQLite; on PostgreSQL each is converted to the type the server gives the parameter.
//!
//! The SQL is written in the dialect both engines share: `?N` placeholders (turned into `$N`
//! for PostgreSQL, outside quotes), `ON CONFLICT`, `RETURNING`, `COALESCE`, `CASE`. What differs
//! lives in the migrations (one folder per engine) and in `db.rs` (opening, locks, batches).

use std::cell::RefCell;
use std::collections::HashMap;

/// A value as both engines can store it. Booleans are integers 0/1, times RFC 3339 text.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// `query_row` found no row (see [`OptionalExtension::optional`]).
    #[error("no row")]
    NoRows,
    /// The engine refused or failed; `constraint` when a unique, check or foreign key refused.
    #[error("{message}")]
    Engine { message: String, constraint: bool },
    /// A stored value did not have the kind or form the code reads.
    #[error("column {column}: {message}")]
    Conversion { column: usize, message: String },
}

impl Error {
    /// For decoders that read a column's text into something else (a time, JSON).
    pub fn conversion(column: usize, e: impl std::fmt::Display) -> Error {
        Error::Conversion {
            column,
            message: e.to_string(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        match e {
            rusqlite::Error::QueryReturnedNoRows => Error::NoRows,
            rusqlite::Error::SqliteFailure(f, _)
                if f.code == rusqlite::ErrorCode::ConstraintViolation =>
            {
                Error::Engine {
                    message: e.to_string(),
                    constraint: true,
                }
            }
            other => Error::Engine {
                message: other.to_string(),
                constraint: false,
            },
        }
    }
}

impl From<postgres::Error> for Error {
    fn from(e: postgres::Error) -> Error {
        // Class 23: integrity constraint violation.
        let constraint = e.code().is_some_and(|c| c.code().starts_with("23"));
        // The server's message names the table or constraint, never the values.
        let message = match e.as_db_error() {
            Some(db) => format!("{}: {}", db.code().code(), db.message()),
            None => e.to_string(),
        };
        Error::Engine {
            message,
            constraint,
        }
    }
}

/// `query_row(…).optional()`: no row is `None`, as in rusqlite.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(Error::NoRows) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// What may be bound to a placeholder.
pub trait ToSql {
    fn to_value(&self) -> Value;
}

impl<T: ToSql + ?Sized> ToSql for &T {
    fn to_value(&self) -> Value {
        (**self).to_value()
    }
}
impl<T: ToSql> ToSql for Option<T> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToSql::to_value)
    }
}
impl ToSql for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
}
impl ToSql for str {
    fn to_value(&self) -> Value {
        Value::Text(self.to_owned())
    }
}
impl ToSql for String {
    fn to_value(&self) -> Value {
        Value::Text(self.clone())
    }
}
impl ToSql for [u8] {
    fn to_value(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}
impl ToSql for Vec<u8> {
    fn to_value(&self) -> Value {
        Value::Blob(self.clone())
    }
}
impl<const N: usize> ToSql for [u8; N] {
    fn to_value(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}
impl ToSql for bool {
    fn to_value(&self) -> Value {
        Value::Int(i64::from(*self))
    }
}
impl ToSql for f64 {
    fn to_value(&self) -> Value {
        Value::Real(*self)
    }
}
macro_rules! int_to_sql {
    ($($t:ty),*) => {$(
        impl ToSql for $t {
            fn to_value(&self) -> Value {
                Value::Int(i64::from(*self))
            }
        }
    )*};
}
int_to_sql!(i64, i32, i16, i8, u32, u16, u8);

/// The placeholders' values of one statement.
pub trait Params {
    fn values(self) -> Vec<Value>;
}
impl Params for [&dyn ToSql; 0] {
    fn values(self) -> Vec<Value> {
        Vec::new()
    }
}
impl Params for &[&dyn ToSql] {
    fn values(self) -> Vec<Value> {
        self.iter().map(|v| v.to_value()).collect()
    }
}
macro_rules! array_params {
    ($($n:literal),*) => {$(
        impl<T: ToSql> Params for [T; $n] {
            fn values(self) -> Vec<Value> {
                self.iter().map(ToSql::to_value).collect()
            }
        }
    )*};
}
array_params!(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);

/// `params![a, b, c]`: placeholders of different types, in order.
#[macro_export]
macro_rules! params {
    () => { [] as [&dyn $crate::sql::ToSql; 0] };
    ($($p:expr),+ $(,)?) => { [$(&$p as &dyn $crate::sql::ToSql),+] };
}
pub use crate::params;

/// What a column may be read as.
pub trait FromSql: Sized {
    fn from_value(v: &Value) -> std::result::Result<Self, String>;
}

impl FromSql for Value {
    fn from_value(v: &Value) -> std::result::Result<Self, String> {
        Ok(v.clone())
    }
}
impl<T: FromSql> FromSql for Option<T> {
    fn from_value(v: &Value) -> std::result::Result<Self, String> {
        match v {
            Value::Null => Ok(None),
            other => T::from_value(other).map(Some),
        }
    }
}
impl FromSql for String {
    fn from_value(v: &Value) -> std::result::Result<Self, String> {
        match v {
            Value::Text(s) => Ok(s.clone()),
            other => Err(format!("expected text, found {}", kind(other))),
        }
    }
}
impl FromSql for Vec<u8> {
    fn from_value(v: &Value) -> std::result::Result<Self, String> {
        match v {
            Value::Blob(b) => Ok(b.clone()),
            other => Err(format!("expected bytes, found {}", kind(other))),
        }
    }
}
impl<const N: usize> FromSql for [u8; N] {
    fn from_value(v: &Value) -> std::result::Result<Self, String> {
        let bytes = Vec::<u8>::from_value(v)?;
        let n = bytes.len();
        bytes
            .try_into()
            .map_err(|_| format!("expected {N} bytes, found {n}"))
    }
}
impl FromSql for f64 {
    fn from_value(v: &Value) -> std::result::Result<Self, String> {
        match v {
            Value::Real(f) => Ok(*f),
            Value::Int(i) => Ok(*i as f64),
            other => Err(format!("expected a number, found {}", kind(other))),
        }
    }
}
impl FromSql for bool {
    fn from_value(v: &Value) -> std::result::Result<Self, String> {
        match v {
            Value::Int(i) => Ok(*i != 0),
            other => Err(format!("expected a boolean, found {}", kind(other))),
        }
    }
}
macro_rules! int_from_sql {
    ($($t:ty),*) => {$(
        impl FromSql for $t {
            fn from_value(v: &Value) -> std::result::Result<Self, String> {
                match v {
                    Value::Int(i) => <$t>::try_from(*i).map_err(|e| e.to_string()),
                    other => Err(format!("expected an integer, found {}", kind(other))),
                }
            }
        }
    )*};
}
int_from_sql!(i64, i32, i16, u64, u32, u16, u8, usize);

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Int(_) => "integer",
        Value::Real(_) => "real",
        Value::Text(_) => "text",
        Value::Blob(_) => "bytes",
    }
}

/// A column, by position (`usize` only among integers, so that `get(0)` needs no suffix) or
/// by name.
pub trait RowIndex {
    fn index(self, row: &Row) -> Result<usize>;
}
impl RowIndex for usize {
    fn index(self, _: &Row) -> Result<usize> {
        Ok(self)
    }
}
impl RowIndex for &str {
    fn index(self, row: &Row) -> Result<usize> {
        row.names
            .iter()
            .position(|n| n.eq_ignore_ascii_case(self))
            .ok_or_else(|| Error::Conversion {
                column: 0,
                message: format!("no column named {self}"),
            })
    }
}

/// One row, read whole.
#[derive(Debug)]
pub struct Row {
    names: std::sync::Arc<[String]>,
    values: Vec<Value>,
}

impl Row {
    /// The column `idx` (from 0), as `T`. The index type parameter keeps rusqlite's
    /// `get::<_, T>` spelling.
    pub fn get<I: RowIndex, T: FromSql>(&self, idx: I) -> Result<T> {
        let idx = idx.index(self)?;
        let v = self.values.get(idx).ok_or(Error::Conversion {
            column: idx,
            message: "no such column".into(),
        })?;
        T::from_value(v).map_err(|message| Error::Conversion {
            column: idx,
            message,
        })
    }
}

/// A PostgreSQL session of the desk: the client and its prepared statements.
pub struct PgSession {
    pub(crate) client: postgres::Client,
    statements: HashMap<String, postgres::Statement>,
    /// A statement failed since the last [`PgSession::take_failed`]. On PostgreSQL a failed
    /// statement aborts the whole transaction (SQLite undoes only the statement): a write
    /// whose closure caught such an error and returned `Ok` must still count as failed, or
    /// its `COMMIT` would quietly roll back what the caller is told was saved.
    failed: bool,
    /// A failure said the session is over (see [`ends_session`]), sometimes before the driver
    /// has noticed the closed socket.
    lost: bool,
}

/// The server ended the session, or is ending it: the socket is closed, or the error says so
/// (an administrator, a shutdown, a crash, a lost connection). Other errors, a protocol error
/// or a cancelled query among them, leave the session usable.
fn ends_session(e: &postgres::Error) -> bool {
    use postgres::error::SqlState;
    e.is_closed()
        || e.code().is_some_and(|c| {
            [
                SqlState::ADMIN_SHUTDOWN,
                SqlState::CRASH_SHUTDOWN,
                SqlState::CANNOT_CONNECT_NOW,
                SqlState::CONNECTION_EXCEPTION,
                SqlState::CONNECTION_DOES_NOT_EXIST,
                SqlState::CONNECTION_FAILURE,
            ]
            .contains(c)
        })
}

impl PgSession {
    pub(crate) fn new(client: postgres::Client) -> PgSession {
        PgSession {
            client,
            statements: HashMap::new(),
            failed: false,
            lost: false,
        }
    }

    fn statement(&mut self, sql: &str) -> Result<postgres::Statement> {
        if let Some(s) = self.statements.get(sql) {
            return Ok(s.clone());
        }
        let statement = self
            .client
            .prepare(&dollar_placeholders(sql))
            .map_err(|e| self.failure(e))?;
        // A handful of distinct statements per desk; formatted lists are bounded too.
        if self.statements.len() < 1024 {
            self.statements.insert(sql.to_owned(), statement.clone());
        }
        Ok(statement)
    }

    /// Whether a statement failed since the last call (see `failed`), and forgets it.
    pub(crate) fn take_failed(&mut self) -> bool {
        std::mem::take(&mut self.failed)
    }

    /// A driver's error in the desk's terms. Every failure passes here: it is noted (see
    /// `failed`), and so is the end of the session when the error says so.
    fn failure(&mut self, e: postgres::Error) -> Error {
        self.failed = true;
        self.lost |= ends_session(&e);
        Error::from(e)
    }

    fn run(&mut self, sql: &str, values: Vec<Value>) -> Result<Vec<Row>> {
        let (statement, rows) = self.bound(sql, values, |client, statement, args| {
            client.query(statement, args)
        })?;
        let names: std::sync::Arc<[String]> = statement
            .columns()
            .iter()
            .map(|c| c.name().to_owned())
            .collect();
        rows.iter().map(|r| pg_row(r, &names)).collect()
    }

    fn execute(&mut self, sql: &str, values: Vec<Value>) -> Result<usize> {
        let (_, n) = self.bound(sql, values, |client, statement, args| {
            client.execute(statement, args)
        })?;
        usize::try_from(n).map_err(|e| Error::conversion(0, e))
    }

    /// Runs the prepared `sql` with `values` bound, through `call`.
    fn bound<R>(
        &mut self,
        sql: &str,
        values: Vec<Value>,
        call: impl FnOnce(
            &mut postgres::Client,
            &postgres::Statement,
            &[&(dyn postgres::types::ToSql + Sync)],
        ) -> std::result::Result<R, postgres::Error>,
    ) -> Result<(postgres::Statement, R)> {
        let statement = self.statement(sql)?;
        let args: Vec<PgValue> = values.into_iter().map(PgValue).collect();
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = args
            .iter()
            .map(|a| a as &(dyn postgres::types::ToSql + Sync))
            .collect();
        let out = call(&mut self.client, &statement, &refs).map_err(|e| self.failure(e))?;
        Ok((statement, out))
    }

    /// The server closed the session (restarted, or a fatal error).
    pub(crate) fn is_closed(&self) -> bool {
        self.lost || self.client.is_closed()
    }

    pub(crate) fn batch(&mut self, sql: &str) -> Result<()> {
        self.client.batch_execute(sql).map_err(|e| self.failure(e))
    }
}

impl std::fmt::Debug for PgSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PgSession({} statements)", self.statements.len())
    }
}

/// The connection a closure of `Db::write` / `Db::read` receives.
pub struct Connection<'a> {
    inner: Inner<'a>,
}

enum Inner<'a> {
    Sqlite(&'a rusqlite::Connection),
    Postgres(&'a RefCell<PgSession>),
}

impl<'a> Connection<'a> {
    pub fn sqlite(conn: &'a rusqlite::Connection) -> Connection<'a> {
        Connection {
            inner: Inner::Sqlite(conn),
        }
    }

    pub fn postgres(session: &'a RefCell<PgSession>) -> Connection<'a> {
        Connection {
            inner: Inner::Postgres(session),
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self.inner, Inner::Postgres(_))
    }

    /// Runs a statement; returns how many rows it changed.
    pub fn execute(&self, sql: &str, params: impl Params) -> Result<usize> {
        let values = params.values();
        match &self.inner {
            Inner::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                Ok(stmt.execute(rusqlite::params_from_iter(values.iter().map(lite_value)))?)
            }
            Inner::Postgres(s) => s.borrow_mut().execute(sql, values),
        }
    }

    /// Runs several statements without parameters (tests and set-up).
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        match &self.inner {
            Inner::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Inner::Postgres(s) => s.borrow_mut().batch(sql),
        }
    }

    /// The first row, decoded by `f`; [`Error::NoRows`] when there is none.
    pub fn query_row<T, F>(&self, sql: &str, params: impl Params, f: F) -> Result<T>
    where
        F: FnOnce(&Row) -> Result<T>,
    {
        let rows = self.rows(sql, params.values(), Some(1))?;
        match rows.first() {
            Some(row) => f(row),
            None => Err(Error::NoRows),
        }
    }

    pub fn prepare(&self, sql: &str) -> Result<Statement<'_, 'a>> {
        Ok(Statement {
            conn: self,
            sql: sql.to_owned(),
        })
    }

    fn rows(&self, sql: &str, values: Vec<Value>, limit: Option<usize>) -> Result<Vec<Row>> {
        match &self.inner {
            Inner::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                let names: std::sync::Arc<[String]> =
                    stmt.column_names().iter().map(|n| n.to_string()).collect();
                let width = names.len();
                let mut rows =
                    stmt.query(rusqlite::params_from_iter(values.iter().map(lite_value)))?;
                let mut out = Vec::new();
                while let Some(r) = rows.next()? {
                    let mut values = Vec::with_capacity(width);
                    for i in 0..width {
                        values.push(from_lite(r.get_ref(i)?));
                    }
                    out.push(Row {
                        names: names.clone(),
                        values,
                    });
                    if limit.is_some_and(|l| out.len() >= l) {
                        break;
                    }
                }
                Ok(out)
            }
            Inner::Postgres(s) => s.borrow_mut().run(sql, values),
        }
    }
}

impl std::fmt::Debug for Connection<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.is_postgres() {
            "Connection(postgres)"
        } else {
            "Connection(sqlite)"
        })
    }
}

/// A statement to run with [`Statement::query_map`].
#[derive(Debug)]
pub struct Statement<'c, 'a> {
    conn: &'c Connection<'a>,
    sql: String,
}

impl Statement<'_, '_> {
    /// Every row, each decoded by `f`.
    pub fn query_map<T, F>(
        &mut self,
        params: impl Params,
        mut f: F,
    ) -> Result<std::vec::IntoIter<Result<T>>>
    where
        F: FnMut(&Row) -> Result<T>,
    {
        let rows = self.conn.rows(&self.sql, params.values(), None)?;
        Ok(rows.iter().map(&mut f).collect::<Vec<_>>().into_iter())
    }
}

fn lite_value(v: &Value) -> rusqlite::types::ToSqlOutput<'_> {
    use rusqlite::types::ValueRef;
    rusqlite::types::ToSqlOutput::Borrowed(match v {
        Value::Null => ValueRef::Null,
        Value::Int(i) => ValueRef::Integer(*i),
        Value::Real(f) => ValueRef::Real(*f),
        Value::Text(s) => ValueRef::Text(s.as_bytes()),
        Value::Blob(b) => ValueRef::Blob(b),
    })
}

fn from_lite(v: rusqlite::types::ValueRef<'_>) -> Value {
    use rusqlite::types::ValueRef;
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Int(i),
        ValueRef::Real(f) => Value::Real(f),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
}

/// A value bound to a PostgreSQL parameter, converted to the type the server inferred.
#[derive(Debug)]
struct PgValue(Value);

impl postgres::types::ToSql for PgValue {
    fn to_sql(
        &self,
        ty: &postgres::types::Type,
        out: &mut postgres::types::private::BytesMut,
    ) -> std::result::Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>>
    {
        use postgres::types::{IsNull, Type};
        match (&self.0, ty) {
            (Value::Null, _) => Ok(IsNull::Yes),
            (Value::Int(i), &Type::INT8) => i.to_sql(ty, out),
            (Value::Int(i), &Type::INT4) => i32::try_from(*i)?.to_sql(ty, out),
            (Value::Int(i), &Type::INT2) => i16::try_from(*i)?.to_sql(ty, out),
            (Value::Int(i), &Type::BOOL) => (*i != 0).to_sql(ty, out),
            (Value::Int(i), &Type::FLOAT8) => (*i as f64).to_sql(ty, out),
            (Value::Int(i), &Type::TEXT | &Type::VARCHAR) => i.to_string().to_sql(ty, out),
            (Value::Real(f), &Type::FLOAT8) => f.to_sql(ty, out),
            (Value::Real(f), &Type::FLOAT4) => (*f as f32).to_sql(ty, out),
            (Value::Text(s), &Type::TEXT | &Type::VARCHAR | &Type::BPCHAR | &Type::NAME) => {
                s.as_str().to_sql(ty, out)
            }
            (Value::Blob(b), &Type::BYTEA) => b.as_slice().to_sql(ty, out),
            (v, ty) => Err(format!("a {} value cannot be sent as {ty}", kind(v)).into()),
        }
    }

    fn accepts(_: &postgres::types::Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

fn pg_row(row: &postgres::Row, names: &std::sync::Arc<[String]>) -> Result<Row> {
    use postgres::types::Type;
    let mut values = Vec::with_capacity(row.len());
    for (i, column) in row.columns().iter().enumerate() {
        let ty = column.type_();
        let v = match *ty {
            Type::INT8 => row.try_get::<_, Option<i64>>(i)?.map(Value::Int),
            Type::INT4 => row
                .try_get::<_, Option<i32>>(i)?
                .map(|v| Value::Int(v.into())),
            Type::INT2 => row
                .try_get::<_, Option<i16>>(i)?
                .map(|v| Value::Int(v.into())),
            Type::BOOL => row
                .try_get::<_, Option<bool>>(i)?
                .map(|v| Value::Int(v.into())),
            Type::FLOAT8 => row.try_get::<_, Option<f64>>(i)?.map(Value::Real),
            Type::FLOAT4 => row
                .try_get::<_, Option<f32>>(i)?
                .map(|v| Value::Real(v.into())),
            Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME => {
                row.try_get::<_, Option<String>>(i)?.map(Value::Text)
            }
            Type::BYTEA => row.try_get::<_, Option<Vec<u8>>>(i)?.map(Value::Blob),
            _ => {
                return Err(Error::Conversion {
                    column: i,
                    message: format!("the desk does not read {ty} columns (cast in SQL)"),
                });
            }
        };
        values.push(v.unwrap_or(Value::Null));
    }
    Ok(Row {
        names: names.clone(),
        values,
    })
}

/// `?N` → `$N`, and a bare `?` → one more than the largest number so far (SQLite's rule),
/// outside quoted strings, quoted identifiers and comments.
pub(crate) fn dollar_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.chars().peekable();
    let mut largest = 0u32;
    while let Some(c) = chars.next() {
        out.push(c);
        match c {
            '\'' | '"' => {
                for q in chars.by_ref() {
                    out.push(q);
                    if q == c {
                        break;
                    }
                }
            }
            '-' if chars.peek() == Some(&'-') => {
                for q in chars.by_ref() {
                    out.push(q);
                    if q == '\n' {
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                out.extend(chars.next());
                let mut last = ' ';
                for q in chars.by_ref() {
                    out.push(q);
                    if last == '*' && q == '/' {
                        break;
                    }
                    last = q;
                }
            }
            '?' => {
                out.pop();
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                let n = digits.parse().unwrap_or(largest + 1);
                largest = largest.max(n);
                out.push('$');
                out.push_str(&n.to_string());
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_become_dollars_outside_quotes_only() {
        assert_eq!(
            dollar_placeholders(
                "SELECT a FROM t WHERE b = ?1 AND c = ?12 AND d = '?3' AND \"?\" = ?"
            ),
            "SELECT a FROM t WHERE b = $1 AND c = $12 AND d = '?3' AND \"?\" = $13"
        );
        assert_eq!(
            dollar_placeholders("SELECT ? -- l'heure ?\n, ? /* ?2 'x */ , ?"),
            "SELECT $1 -- l'heure ?\n, $2 /* ?2 'x */ , $3"
        );
    }

    #[test]
    fn sqlite_rows_read_and_missing_rows_are_none() {
        let c = rusqlite::Connection::open_in_memory().unwrap();
        let conn = Connection::sqlite(&c);
        conn.execute_batch("CREATE TABLE t (a INTEGER, b TEXT, c BLOB)")
            .unwrap();
        let n = conn
            .execute(
                "INSERT INTO t (a, b, c) VALUES (?1, ?2, ?3)",
                params![7i64, "x", vec![1u8, 2]],
            )
            .unwrap();
        assert_eq!(n, 1);
        let (a, b, c): (i64, String, Vec<u8>) = conn
            .query_row("SELECT a, b, c FROM t WHERE a = ?1", [7], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .unwrap();
        assert_eq!((a, b.as_str(), c.as_slice()), (7, "x", &[1u8, 2][..]));
        let none: Option<i64> = conn
            .query_row("SELECT a FROM t WHERE a = 8", [], |r| r.get(0))
            .optional()
            .unwrap();
        assert_eq!(none, None);
        let wrong = conn.query_row("SELECT b FROM t", [], |r| r.get::<_, i64>(0));
        assert!(matches!(wrong, Err(Error::Conversion { column: 0, .. })));
    }
}
