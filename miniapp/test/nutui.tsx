import type { ReactNode } from 'react'

/** Stand-ins for the NutUI components the app uses. */
export const Button = ({ children, onClick }: { children?: ReactNode; onClick?: () => void }) => (
  <button type='button' onClick={onClick}>
    {children}
  </button>
)
export const Loading = () => <span role='progressbar' />
