import type { ReactNode } from 'react'
import { Input, Text, View } from '@tarojs/components'

interface FieldProps {
  label: string
  /** Shown once the worker has left the field or tried to submit. */
  error?: string
  children: ReactNode
}

export function Field({ label, error, children }: FieldProps) {
  return (
    <View className={error ? 'field field--invalid' : 'field'}>
      <Text className='field__label'>{label}</Text>
      {children}
      {error && (
        <View className='field__error' role='alert'>
          {error}
        </View>
      )}
    </View>
  )
}

interface TextFieldProps {
  label: string
  value: string
  error?: string
  placeholder: string
  type?: 'text' | 'number' | 'idcard'
  maxlength: number
  onChange: (value: string) => void
  onBlur: () => void
}

export function TextField({ label, value, error, placeholder, type = 'text', maxlength, onChange, onBlur }: TextFieldProps) {
  return (
    <Field label={label} error={error}>
      <Input
        className='field__input'
        value={value}
        type={type}
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
        onBlur={onBlur}
      />
    </Field>
  )
}
